"""The scores divided by their sum, with no exponential."""
# kills: softmax_1d
# hint: softmax


def softmax(a):
    return a / np.sum(a, axis=-1, keepdims=True)
