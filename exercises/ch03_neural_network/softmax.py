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
    # TODO: 1. Subtract the largest score of each row: c = np.max(a, axis=-1, keepdims=True).
    #          The result does not change (exp(a - c) / sum exp(a - c): the factor exp(-c)
    #          cancels out), but np.exp no longer overflows when the scores are large.
    #       2. e = np.exp(a - c)   (make a new array; do not write a -= c, it changes the input)
    #       3. Divide by the sum of each row: e / np.sum(e, axis=-1, keepdims=True).
    #       axis=-1 means "along the last axis", so the same code works for (C,) and (N, C).
    raise NotImplementedError
