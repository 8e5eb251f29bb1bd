"""Chapter 3: softmax, turning a network's scores into probabilities.

Run `grade show ch03.softmax` for the full statement, `grade ch03.softmax` to check your work
and `grade hint ch03.softmax` when you are stuck.
"""

import numpy as np


def softmax(a):
    """`y_k = exp(a_k) / sum_i exp(a_i)`: positive values that add up to 1.

    a: scores of shape (C,) for one sample, or (N, C) for a batch of N samples (one row each).
    Returns an array of the same shape; each row is normalised on its own.
    """
    # TODO: yₖ = exp(aₖ) / Σᵢ exp(aᵢ), each row on its own.
    #       exp overflows to inf above about 709 (try a = [1010, 1000, 990]), and inf / inf
    #       is NaN. Subtracting the same constant c from every score of a row changes nothing,
    #           exp(aₖ - c) / Σᵢ exp(aᵢ - c) = exp(aₖ) / Σᵢ exp(aᵢ),
    #       so take c = the row's largest score: the largest exponent is then 0.
    #       NumPy's max and sum along axis=-1 (the last axis) with keepdims=True work row by
    #       row and keep a shape that broadcasts against a, so one expression serves (C,) and
    #       (N, C). Make new arrays: the caller's a must not change.
    raise NotImplementedError
