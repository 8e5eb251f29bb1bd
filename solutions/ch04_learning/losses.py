"""Chapter 4: loss functions, how far the network's output is from the right answer."""

import numpy as np


def sum_squared_error(y, t):
    """`0.5 * sum((y - t)**2)` over every element. Shapes: y and t alike, (C,) or (N, C)."""
    return 0.5 * np.sum((np.asarray(y) - np.asarray(t)) ** 2)


def cross_entropy_error(y, t):
    """Mean over the batch of `-sum(t * log(y + 1e-7))`. y: (C,) or (N, C) probabilities;
    t: one-hot like y, or integer labels (), (N,). The 1e-7 keeps log away from log(0) = -inf.
    """
    y, t = np.asarray(y), np.asarray(t)
    if y.ndim == 1:  # one sample: a batch of one
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    if t.size == y.size:  # one-hot targets: the label is where the 1 is
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t.reshape(-1)] + 1e-7)) / batch_size
