"""One maximum for the whole batch: rows far below it underflow to 0 / 0."""
# kills: softmax_is_stable
# hint: row_max
# first hint says: en "own maximum" · fr "son propre maximum" · ja "その行の最大値"


def softmax(a):
    e = np.exp(a - np.max(a))
    return e / np.sum(e, axis=-1, keepdims=True)
