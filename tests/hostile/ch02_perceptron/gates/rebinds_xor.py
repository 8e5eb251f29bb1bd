"""Defines XOR from the other gates, as the structural check wants to read, then rebinds the
name to a version that uses `^`: what is checked must be what runs."""
from ._honest import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))


XOR = lambda x1, x2: int(x1) ^ int(x2)  # noqa: E731
