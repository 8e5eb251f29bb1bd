"""Chapter 3: activation functions, applied element by element."""

import numpy as np


def step_function(x):
    """1 where `x > 0`, else 0, as integers. Shape: like x (a scalar gives a 0-d array)."""
    return np.array(x > 0, dtype=int)


def sigmoid(x):
    """`1 / (1 + exp(-x))`. For x = -1000, exp overflows to inf (a warning) and 1/inf is 0."""
    return 1 / (1 + np.exp(-x))


def relu(x):
    """`max(0, x)` element by element, in a new array: x itself is left untouched."""
    return np.maximum(0, x)


def identity_function(x):
    """The output layer of a regression network: returns x as it is."""
    return x
