"""Compares with `is`, which works for small Python ints but not for NumPy numbers."""
# kills: gates_accept_numpy_scalars
# hint: numpy_inputs
# first hint says: en "NumPy numbers" · fr "nombres NumPy" · ja "NumPy の数"


def AND(x1, x2):
    both = (x1 is 1) + (x2 is 1)  # noqa: F632
    return perceptron((both, 0), (0.5, 0.5), -0.7)
