"""The losses of the rows are added up but not divided by the batch size."""
# kills: cee_batch_mean
# hint: batch_mean
# first hint says: en "average" · fr "moyenne" · ja "平均"


def cross_entropy_error(y, t):
    if y.ndim == 1:
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    if t.size == y.size:
        t = t.argmax(axis=1)
    return -np.sum(np.log(y[np.arange(y.shape[0]), t] + 1e-7))
