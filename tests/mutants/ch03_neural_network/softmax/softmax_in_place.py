"""`a -= c` shifts the caller's own scores."""
# kills: softmax_keeps_input
# hint: no_mutation


def softmax(a):
    a -= np.max(a, axis=-1, keepdims=True)
    e = np.exp(a)
    return e / np.sum(e, axis=-1, keepdims=True)
