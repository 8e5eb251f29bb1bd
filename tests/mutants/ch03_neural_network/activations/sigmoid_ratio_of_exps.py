"""exp(x) / (1 + exp(x)): the same function on paper, but inf / inf = NaN for large x."""
# kills: sigmoid_extremes
# hint: sigmoid_overflow
# first hint says: en "gives NaN" · fr "donne NaN" · ja "NaN を返します"


def sigmoid(x):
    return np.exp(x) / (1 + np.exp(x))
