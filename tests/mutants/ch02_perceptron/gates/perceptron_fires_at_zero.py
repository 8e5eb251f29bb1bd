"""The comparison is >= instead of >: a total of exactly 0 fires."""
# kills: perceptron_rule
# hint: fires_at_zero
# first hint says: en "exactly 0" · fr "exactement 0" · ja "ちょうど0"


def perceptron(x, w, b):
    return int(np.sum(np.asarray(w) * np.asarray(x)) + b >= 0)
