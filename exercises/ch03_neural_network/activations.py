"""Chapter 3: activation functions, applied element by element.

Run `grade show ch03.activations` for the full statement, `grade ch03.activations` to check
your work, `grade hint ch03.activations` when you are stuck, and `grade plot ch03.activations`
to see your curves drawn over the reference ones.
"""

import numpy as np


def step_function(x):
    """1 where `x > 0`, else 0, as integers.

    x: a number or a NumPy array of any shape. Returns an integer array of the same shape
    (a number gives a 0-d array, which behaves like a number).
    """
    # TODO: h(x) = 1 if x > 0, else 0, for every element at once, without a Python loop.
    #       Comparing an array with a number gives an array of booleans of the same shape;
    #       turn it into integers by asking NumPy for an integer dtype. (Old tutorials write
    #       dtype=np.int: that name no longer exists in NumPy.)
    raise NotImplementedError


def sigmoid(x):
    """The smooth step `1 / (1 + exp(-x))`, element by element; values between 0 and 1.

    x: a number or an array of any shape. Returns the same shape.
    """
    # TODO: h(x) = 1 / (1 + exp(-x)), element by element. NumPy's exponential works on whole
    #       arrays and on plain numbers alike, so no loop is needed. For very negative x,
    #       exp(-x) overflows to inf and NumPy prints a warning: that is fine, because 1 / inf
    #       is 0, the right limit.
    raise NotImplementedError


def relu(x):
    """ReLU: `max(0, x)` element by element. Negative values become 0, others stay.

    x: a number or an array of any shape. Returns a new array of the same shape; x itself must
    not change.
    """
    # TODO: h(x) = max(0, x) for each element: negative values become 0, the others stay.
    #       NumPy has an elementwise maximum of two arrays (or of an array and a number) that
    #       returns a new array; np.max is something else, the largest element of one array.
    #       Never set elements of x itself: the caller's array must not change.
    raise NotImplementedError


def identity_function(x):
    """The identity, used as the output activation for regression: returns x unchanged."""
    # TODO: the output layer of a regression network passes its input on unchanged.
    raise NotImplementedError
