"""The batch is transposed to normalise columns, but the result is not transposed back."""
# kills: softmax_keeps_shape softmax_rowwise
# hint: transposed
# first hint says: en "transpose" · fr "transposée" · ja "転置"


def softmax(a):
    if a.ndim == 2:
        a = a.T
        a = a - np.max(a, axis=0)
        return np.exp(a) / np.sum(np.exp(a), axis=0)
    a = a - np.max(a)
    return np.exp(a) / np.sum(np.exp(a))
