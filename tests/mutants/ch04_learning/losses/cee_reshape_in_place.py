"""A single sample is reshaped by assigning y.shape: the caller's array becomes 2-D."""
# kills: losses_keep_inputs
# hint: shape_in_place
# first hint says: en "changes the shape" · fr "modifie la forme" · ja "形を変えて"


def cross_entropy_error(y, t):
    if y.ndim == 1:
        y.shape = (1, y.size)
        t = t.reshape(1, -1)
    if t.size == y.size:
        t = t.argmax(axis=1)
    return -np.sum(np.log(y[np.arange(y.shape[0]), t] + 1e-7)) / y.shape[0]
