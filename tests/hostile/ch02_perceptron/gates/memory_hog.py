"""Allocates far more memory than any exercise needs."""
import numpy as np


def AND(x1, x2):
    hog = np.ones((40_000, 40_000))
    return int(hog[0, 0])
