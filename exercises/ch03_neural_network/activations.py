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
    # TODO: compare the whole array with 0 at once: x > 0 gives an array of True/False.
    #       Turn it into integers 1/0 with np.array(x > 0, dtype=int).
    #       (Old tutorials write dtype=np.int: that name no longer exists in NumPy.)
    raise NotImplementedError


def sigmoid(x):
    """The smooth step `1 / (1 + exp(-x))`, element by element; values between 0 and 1.

    x: a number or an array of any shape. Returns the same shape.
    """
    # TODO: use np.exp, which works on whole arrays: return 1 / (1 + np.exp(-x)).
    #       For very negative x, np.exp(-x) overflows to inf and NumPy prints a warning;
    #       that is fine, because 1 / inf is 0, the right answer.
    raise NotImplementedError


def relu(x):
    """ReLU: `max(0, x)` element by element. Negative values become 0, others stay.

    x: a number or an array of any shape. Returns a new array of the same shape; x itself must
    not change.
    """
    # TODO: np.maximum(0, x) compares each element with 0 and keeps the larger one, in a new
    #       array. Do not write x[x < 0] = 0: that would change the caller's array.
    raise NotImplementedError


def identity_function(x):
    """The identity, used as the output activation for regression: returns x unchanged."""
    # TODO: return the input as it is.
    raise NotImplementedError
