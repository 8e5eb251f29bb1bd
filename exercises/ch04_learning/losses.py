"""Chapter 4: loss functions, how far the network's output is from the right answer.

Run `grade show ch04.losses` for the full statement, `grade ch04.losses` to check your work and
`grade hint ch04.losses` when you are stuck.
"""

import numpy as np


def sum_squared_error(y, t):
    """`0.5 * sum((y - t)**2)` over every element. Shapes: y and t alike, (C,) or (N, C)."""
    # TODO: subtract the target t from the output y, square every difference, add them all up
    #       and multiply by 0.5:  E = 0.5 * Σ (y_k - t_k)²
    #       (the 0.5 makes the derivative simply y - t).
    raise NotImplementedError


def cross_entropy_error(y, t):
    """Mean over the batch of `-sum(t * log(y + 1e-7))`. y: (C,) or (N, C) probabilities;
    t: one-hot like y, or integer labels (), (N,). The 1e-7 keeps log away from log(0) = -inf.
    """
    # TODO: 1. A single sample y of shape (C,) is a batch of one: reshape y (and t) to one row,
    #          e.g. y.reshape(1, -1), so the rest of the code only handles batches (N, C).
    #       2. If t is one-hot (as many numbers as y), turn it into labels: t.argmax(axis=1).
    #       3. For each row i, take the probability given to the right class, y[i, t[i]]
    #          (all rows at once: y[np.arange(N), t]), and add the small delta 1e-7 before the
    #          log, because log(0) is -infinity.
    #       4. E = -Σ log(y[i, t[i]] + 1e-7) / N : divide by the batch size N, so the loss does
    #          not grow with the size of the batch.
    raise NotImplementedError
