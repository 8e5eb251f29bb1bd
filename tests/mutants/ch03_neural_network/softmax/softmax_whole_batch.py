"""The book's 1-D softmax used on a batch: the whole batch adds up to 1, not each row."""
# kills: softmax_rowwise softmax_sums_to_one
# hint: rowwise
# first hint says: en "every row" · fr "chaque ligne" · ja "どの行も"


def softmax(a):
    c = np.max(a)
    e = np.exp(a - c)
    return e / np.sum(e)
