"""The exponentials are never divided by their sum."""
# kills: softmax_sums_to_one softmax_1d
# hint: sums_to_one


def softmax(a):
    return np.exp(a - np.max(a, axis=-1, keepdims=True))
