"""Returns a view that is cheap to make but 8 GB to send."""
import numpy as np


def perceptron(x, w, b):
    return np.broadcast_to(np.zeros(1), (10**9,))
