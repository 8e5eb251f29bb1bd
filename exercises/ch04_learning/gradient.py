"""Chapter 4: derivatives and gradients by finite differences, and gradient descent.

Run `grade show ch04.gradient` for the full statement, `grade ch04.gradient` to check your work
and `grade hint ch04.gradient` when you are stuck.
"""

import numpy as np


def numerical_diff(f, x):
    """Slope of f at the number x: `(f(x + h) - f(x - h)) / (2h)` with h = 1e-4."""
    # TODO: the central difference, a little to the right and a little to the left of x:
    #           f'(x) ≈ (f(x + h) - f(x - h)) / 2h,   h = 1e-4.
    #       Its error shrinks like h², against h for the one-sided (f(x + h) - f(x)) / h.
    #       Do not make h tiny (1e-50): x + h would round back to x and the slope would be 0.
    raise NotImplementedError


def numerical_gradient(f, x):
    """Gradient of the scalar function f at the float array x (any shape), by central
    differences, one element at a time. x is changed in place (f may read it, as a network's
    loss reads its weights) and restored. Returns an array shaped like x."""
    # TODO: one partial derivative per element of x, each by a central difference:
    #           ∂f/∂xᵢ ≈ (f(x + h·eᵢ) - f(x - h·eᵢ)) / 2h,   h = 1e-4,
    #       where x ± h·eᵢ is x with only its element i moved by ±h. So, element by element:
    #       move x's own element, evaluate f, and put the original value back before going
    #       on to the next one. Change x itself, not a copy: f may ignore its argument and
    #       read x directly, as a network's loss reads its weights. x may have any number of
    #       dimensions: np.ndindex yields every position of a given shape. The result is
    #       shaped like x.
    raise NotImplementedError


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """`x -= lr * grad f(x)`, step_num times, from a copy of init_x. Returns the final x."""
    # TODO: step_num steps downhill, against the gradient:
    #           x ← x - lr·∇f(x),   ∇f by numerical_gradient above.
    #       Work on a new float array made from init_x, so that the caller's init_x is left
    #       as it was (the book's version changes it in place, a classic aliasing surprise).
    raise NotImplementedError
