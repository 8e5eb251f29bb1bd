"""Hidden checks for chapter 5, and what they share: the oracle every backward pass is held
to (central differences, computed here in the grader's process), and a forward-then-backward
call on one of the learner's layers, which lives in the worker and is driven by its handle."""

import numpy as np

from grader.checks.api import expect_close, fail, reveal, show
from grader.i18n import _


def numerical_gradient(f, x, h=1e-4):
    """d f / d x by central differences, on a float64 copy of x (f takes the array)."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        x[idx] = saved + h
        plus = f(x)
        x[idx] = saved - h
        minus = f(x)
        x[idx] = saved
        grad[idx] = (plus - minus) / (2 * h)
    return grad


def network_scores(params: dict, x: np.ndarray) -> np.ndarray:
    """Chapter 5's network written out in NumPy: Affine, ReLU, Affine (before the softmax)."""
    return np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]


def steps(*calls: str) -> str:
    """Several calls in a row, as the learner would type them: `layer = Relu(); ...`."""
    return "; ".join(calls)


def expect_gradient(got, want, numeric, *, call: str, hint: str | None = None,
                    shape_hint: str | None = None) -> None:
    """A backward result against the reference's, then against the central differences of the
    reference's forward (the second says where the expected values come from)."""
    expect_close(got, want, call=call, hint=hint, shape_hint=shape_hint)
    if numeric is not None and not np.allclose(got, numeric, rtol=1e-4, atol=1e-6):
        fail(_("{call} returned {got}, which does not agree with central differences of "
               "forward, (f(x + h) - f(x - h)) / 2h.").format(call=call, got=show(got)),
             reveal(_("They give {numeric}.").format(numeric=show(numeric))), hint=hint)


def pair(got, call: str, hint: str | None = None):
    """The two gradients a two-input layer's backward returns, (dx, dy)."""
    if not (isinstance(got, (tuple, list)) and len(got) == 2):
        fail(_("{call} returned {got}; backward should return two gradients, (dx, dy): one for "
               "each input of forward.").format(call=call, got=show(got)), hint=hint)
    return got
