"""Chapter 4: derivatives and gradients by finite differences, and gradient descent."""

import numpy as np


def numerical_diff(f, x):
    """Slope of f at the number x: `(f(x + h) - f(x - h)) / (2h)` with h = 1e-4."""
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def numerical_gradient(f, x):
    """Gradient of the scalar function f at the float array x (any shape), by central
    differences, one element at a time. x is changed in place (f may read it, as a network's
    loss reads its weights) and restored. Returns an array shaped like x."""
    h = 1e-4
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        x[idx] = saved + h
        f_plus = f(x)
        x[idx] = saved - h
        f_minus = f(x)
        x[idx] = saved
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """`x -= lr * grad f(x)`, step_num times, from a copy of init_x. Returns the final x."""
    x = np.array(init_x, dtype=float)
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return x
