"""A 1-D y is not reshaped into one row: y.shape[0] is then the number of classes."""
# kills: cee_single_sample
# hint: one_sample
# first hint says: en "single sample" · fr "exemple isolé" · ja "だけのバッチ"


def cross_entropy_error(y, t):
    return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]
