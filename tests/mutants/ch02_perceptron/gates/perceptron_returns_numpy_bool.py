"""Returns the comparison itself (a np.bool_) instead of an int."""
# kills: perceptron_returns_int gates_return_int
# hint: return_int
# first hint says: en "not a bool" · fr "et non un bool" · ja "普通の int"


def perceptron(x, w, b):
    return np.sum(np.asarray(w) * np.asarray(x)) + b > 0
