"""The comparison is >= instead of >: a total of exactly 0 fires."""
# kills: perceptron_rule
# hint: perceptron


def perceptron(x, w, b):
    return int(np.sum(np.asarray(w) * np.asarray(x)) + b >= 0)
