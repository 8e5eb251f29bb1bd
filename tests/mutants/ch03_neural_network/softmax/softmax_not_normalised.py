"""The exponentials are never divided by their sum."""
# kills: softmax_sums_to_one softmax_1d
# hint: sums_to_one
# first hint says: en "divide them by their sum" · fr "divisez-les par leur somme" · ja "その和で割って"


def softmax(a):
    return np.exp(a - np.max(a, axis=-1, keepdims=True))
