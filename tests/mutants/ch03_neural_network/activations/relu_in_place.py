"""Zeroes the negative values of the caller's own array, then returns it."""
# kills: relu_keeps_input
# hint: no_mutation


def relu(x):
    x[x < 0] = 0
    return x
