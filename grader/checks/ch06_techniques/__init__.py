"""Hidden checks for chapter 6, and what they share with chapter 5: central differences as the
oracle of every backward pass, calls written out as the learner would type them, and random
inputs that are easy to read in a failure message."""

import numpy as np

from ..ch04_learning import assign_params
from ..ch05_backprop import numerical_gradient, steps

__all__ = ["assign_params", "numerical_gradient", "rounded_normal", "steps"]


def rounded_normal(rng: np.random.Generator, loc: float = 0.0, scale: float = 1.0,
                   size=None) -> np.ndarray:
    """Normal random numbers with two decimals: failures that are easy to read."""
    return np.round(rng.normal(loc, scale, size), 2)
