"""Chapter 3: softmax, turning scores into probabilities."""

import numpy as np


def softmax(a):
    """`exp(a) / sum(exp(a))` along the last axis. Shapes: (C,) -> (C,), (N, C) -> (N, C).

    Subtracting each row's maximum first changes nothing mathematically (it cancels out in the
    division) but keeps `exp` from overflowing on large scores.
    """
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
