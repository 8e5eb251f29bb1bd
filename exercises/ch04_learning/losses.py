"""Chapter 4: loss functions, how far the network's output is from the right answer.

Run `grade show ch04.losses` for the full statement, `grade ch04.losses` to check your work and
`grade hint ch04.losses` when you are stuck.
"""

import numpy as np


def sum_squared_error(y, t):
    """`0.5 * sum((y - t)**2)` over every element. Shapes: y and t alike, (C,) or (N, C)."""
    # TODO: E = ½·Σₖ (yₖ - tₖ)², summed over every element (every row of a batch too).
    #       NumPy subtracts, squares and adds up whole arrays at once, without a loop.
    #       The ½ makes the derivative simply y - t.
    raise NotImplementedError


def cross_entropy_error(y, t):
    """Mean over the batch of `-sum(t * log(y + 1e-7))`. y: (C,) or (N, C) probabilities;
    t: one-hot like y, or integer labels (), (N,). The 1e-7 keeps log away from log(0) = -inf.
    """
    # TODO: E = -(1/N)·Σₙ Σₖ tₙₖ·log(yₙₖ + δ), with δ = 1e-7 so that log never sees 0.
    #       With one-hot targets only the right class of each row counts, so
    #           E = -(1/N)·Σₙ log(y[n, tₙ] + δ),   tₙ = the label of row n,
    #       a form that serves integer labels directly. The shapes to accept:
    #       - one sample: y (C,), t (C,) one-hot or a single label: a batch of one row;
    #       - a batch: y (N, C), t (N, C) one-hot or (N,) labels.
    #       One-hot targets hold as many numbers as y, and their argmax along the classes is the
    #       label. Indexing y with two integer arrays, one of row numbers and one of labels,
    #       picks one probability per row without a loop. Dividing by N keeps the loss from
    #       growing with the size of the batch.
    raise NotImplementedError
