"""No small delta inside the log: a probability of exactly 0 gives inf or NaN."""
# kills: cee_zero_probability
# hint: log_zero
# first hint says: en "exactly 0" · fr "exactement 0" · ja "ちょうど0"


def cross_entropy_error(y, t):
    if y.ndim == 1:
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    if t.size == y.size:
        return -np.sum(t * np.log(y)) / y.shape[0]
    return -np.sum(np.log(y[np.arange(y.shape[0]), t])) / y.shape[0]
