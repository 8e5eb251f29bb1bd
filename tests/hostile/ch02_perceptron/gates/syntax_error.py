"""A syntax error: the file cannot even be read."""


def AND(x1, x2)
    return 1
