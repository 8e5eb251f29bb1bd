"""Only one-hot targets work: integer labels are multiplied as if they were one-hot rows."""
# kills: cee_integer_labels
# hint: labels
# first hint says: en "integer labels" · fr "étiquettes entières" · ja "整数ラベル"


def cross_entropy_error(y, t):
    if y.ndim == 1:
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]
