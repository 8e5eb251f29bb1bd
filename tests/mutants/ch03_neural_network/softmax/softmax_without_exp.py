"""The scores divided by their sum, with no exponential."""
# kills: softmax_1d
# hint: softmax_exp
# first hint says: en "exponential is missing" · fr "l'exponentielle manque" · ja "指数関数が抜けています"


def softmax(a):
    return a / np.sum(a, axis=-1, keepdims=True)
