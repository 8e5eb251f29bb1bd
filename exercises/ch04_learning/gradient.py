"""Chapter 4: derivatives and gradients by finite differences, and gradient descent.

Run `grade show ch04.gradient` for the full statement, `grade ch04.gradient` to check your work
and `grade hint ch04.gradient` when you are stuck.
"""

import numpy as np


def numerical_diff(f, x):
    """Slope of f at the number x: `(f(x + h) - f(x - h)) / (2h)` with h = 1e-4."""
    # TODO: use the central difference: look a little to the right AND a little to the left
    #       of x, with h = 1e-4:   (f(x + h) - f(x - h)) / (2 * h)
    #       It is much more accurate than (f(x + h) - f(x)) / h. Do not pick a tiny h such as
    #       1e-50: x + h would round back to x and the answer would be 0.
    raise NotImplementedError


def numerical_gradient(f, x):
    """Gradient of the scalar function f at the float array x (any shape), by central
    differences, one element at a time. x is changed in place (f may read it, as a network's
    loss reads its weights) and restored. Returns an array shaped like x."""
    # TODO: the gradient holds one partial derivative per element of x.
    #       grad = np.zeros_like(x), then for every position idx of x (any number of
    #       dimensions: for idx in np.ndindex(x.shape) visits them all):
    #         - remember the value: saved = x[idx]
    #         - x[idx] = saved + h, compute f(x);  x[idx] = saved - h, compute f(x)
    #         - put the value back: x[idx] = saved   (the caller's x must be left as it was)
    #         - grad[idx] = (f_plus - f_minus) / (2 * h), with h = 1e-4
    #       Change x itself, not a copy: f may ignore its argument and read x directly.
    raise NotImplementedError


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """`x -= lr * grad f(x)`, step_num times, from a copy of init_x. Returns the final x."""
    # TODO: start from a new float array, x = np.array(init_x, dtype=float), so that init_x is
    #       left untouched. Then step_num times:  x = x - lr * numerical_gradient(f, x)
    #       The minus sign walks downhill, towards the minimum of f. Return x.
    raise NotImplementedError
