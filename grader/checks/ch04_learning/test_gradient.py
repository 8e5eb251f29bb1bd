"""Hidden checks for ch04.gradient: central differences with h = 1e-4, gradients of arrays of
any shape with x changed in place and restored, and gradient descent from a copy of init_x.

The functions handed to the learner's code are built in the worker from
`grader/sandbox/functions.py`; expected values come from their derivatives, known exactly."""

import numpy as np

from grader.checks.api import (
    RemoteFunction,
    call_text,
    check,
    expect_close,
    expected,
    fail,
    show,
)
from grader.i18n import _

from . import call_keeping_inputs, probe

H = 1e-4
BOOK_POLY = [0.0, 0.1, 0.01]  # 0.01 x² + 0.1 x, the book's example
CUBE = [0.0, 0.0, 0.0, 1.0]  # x³: the central difference gives 3x² + h², the forward one much worse


def _call(name, formula, *args, **kwargs):
    """`numerical_diff(f, 5.0) with f(x) = x**3`: the call, and the function it was given."""
    return _("{call} with {formula}").format(call=call_text(name, *args, **kwargs).replace(
        "'f'", "f"), formula=formula)


def _poly(coefficients, x):
    return float(np.sum(np.polynomial.polynomial.polyval(x, coefficients)))


def _forward(coefficients, x):
    return (_poly(coefficients, x + H) - _poly(coefficients, x)) / H


@check("numerical_diff_values")
def test_numerical_diff_values(student, rng):
    book = "0.01*x**2 + 0.1*x"
    cases = [(BOOK_POLY, 5.0, 0.2, book), (BOOK_POLY, 10.0, 0.3, book)]
    for x in rng.uniform(1.0, 4.0, 2):
        cases.append((CUBE, float(x), 3 * x**2 + H**2, "x**3"))
    for coefficients, x, want, formula in cases:
        call = _call("numerical_diff", f"f(x) = {formula}", "f", x)
        got = student.numerical_diff(RemoteFunction("polynomial", (coefficients,)), x)
        if np.ndim(got) == 0 and isinstance(got, (float, int, np.generic)) and np.isclose(
                float(got), _forward(coefficients, x), rtol=1e-9, atol=0) and not np.isclose(
                float(got), want, rtol=1e-7):
            fail(_("{call} returned {got}, the forward difference (f(x + h) - f(x)) / h. The "
                   "central difference (f(x + h) - f(x - h)) / (2h) looks on both sides of x and "
                   "is much more accurate.").format(call=call, got=show(got)), expected(want))
        expect_close(got, want, call=call, rtol=1e-7, atol=1e-9)


@check("numerical_diff_step")
def test_numerical_diff_step_size(student, rng):
    """A function with a large value and a small slope: with h far below 1e-4, rounding wins."""
    x = float(rng.uniform(0.5, 2.0))
    call = _call("numerical_diff", "f(x) = 1e6 + x**2", "f", x)
    got = student.numerical_diff(RemoteFunction("polynomial", ([1e6, 0.0, 1.0],)), x)
    want = 2 * x
    if isinstance(got, (float, int, np.generic)) and np.ndim(got) == 0 and not np.isclose(
            float(got), want, rtol=1e-4):
        fail(_("{call} returned {got}, far from the slope of this function at x = {x}.")
             .format(call=call, got=show(got), x=show(x)), expected(want),
             _("Computers store about 16 significant digits: with a tiny h, f(x + h) and "
               "f(x - h) round to (almost) the same number and the difference is mostly "
               "rounding error. Use h = 1e-4."))
    expect_close(got, want, call=call, rtol=1e-4)


def _gradient(student, name, args, x, call, want, *, rtol=1e-6, forward=None):
    got = student.numerical_gradient(RemoteFunction(name, args), x)
    if forward is not None and isinstance(got, np.ndarray) and got.shape == x.shape and \
            np.allclose(got, forward, rtol=1e-8) and not np.allclose(got, want, rtol=rtol):
        fail(_("{call} returned {got}, the forward differences (f(x + h) - f(x)) / h.").format(
            call=call, got=show(got)), expected(want),
             _("Use the central difference (f(x + h) - f(x - h)) / (2h) for each element."))
    expect_close(got, want, call=call, rtol=rtol, atol=1e-8)


@check("numerical_gradient_values")
def test_numerical_gradient_values(student, rng):
    x = np.array([3.0, 4.0])
    _gradient(student, "sum_of_squares", (), x,
              _call("numerical_gradient", "f(x) = x0**2 + x1**2", "f", x),
              np.array([6.0, 8.0]))
    w = rng.uniform(0.5, 3.0, 5)
    x = rng.uniform(-3.0, 3.0, 5)
    _gradient(student, "weighted_sum_of_squares", (w,), x,
              _call("numerical_gradient", f"f(x) = sum(w * x**2), w = {show(w)}", "f", x),
              2 * w * x)


@check("numerical_gradient_central")
def test_numerical_gradient_central(student, rng):
    x = rng.uniform(1.0, 3.0, 4)
    forward = np.array([(_poly(CUBE, v + H) - _poly(CUBE, v)) / H for v in x])
    _gradient(student, "polynomial", (CUBE,), x,
              _call("numerical_gradient", "f(x) = sum(x**3)", "f", x),
              3 * x**2 + H**2, rtol=1e-8, forward=forward)


@check("numerical_gradient_any_shape")
def test_numerical_gradient_any_shape(student, rng):
    for shape in [(2, 3), (2, 2, 2), (1, 4)]:
        w = rng.uniform(0.5, 3.0, shape)
        x = rng.uniform(-3.0, 3.0, shape)
        call = _call("numerical_gradient", f"f(x) = sum(w * x**2), w = {show(w)}", "f", x)
        got = student.numerical_gradient(RemoteFunction("weighted_sum_of_squares", (w,)), x)
        expect_close(got, 2 * w * x, call=call, atol=1e-8)


def _shared(student, x):
    """The learner's numerical_gradient with an f that reads x itself, as a network's loss reads
    its weights: the gradient comes out right only if x itself is changed."""
    grad, after = probe(student, "numerical_gradient", "call_with_shared_array")(
        "sum_of_squares", [], x)
    call = _call("numerical_gradient", "f(x) = sum(x**2)", "f", x)
    return call, grad, after


@check("numerical_gradient_in_place")
def test_numerical_gradient_changes_x_itself(student, rng):
    x = rng.uniform(-3.0, 3.0, (2, 3))
    call, grad, _after = _shared(student, x)
    if isinstance(grad, np.ndarray) and grad.shape == x.shape and np.allclose(grad, 0) and \
            not np.allclose(x, 0):
        fail(_("{call} returned only zeros, where f(x) = sum(x**2) reads the array x itself "
               "(as a network's loss reads its weights from params).").format(call=call),
             expected(2 * x),
             _("Change the elements of x itself, not of a copy, and put each one back "
               "afterwards."))
    expect_close(grad, 2 * x, call=call, atol=1e-8)


@check("numerical_gradient_restores_x")
def test_numerical_gradient_restores_x(student, rng):
    x = rng.uniform(-3.0, 3.0, (3, 2))
    call, _grad, after = _shared(student, x)
    if not (isinstance(after, np.ndarray) and after.shape == x.shape
            and np.allclose(after, x, rtol=0, atol=1e-12)):
        fail(_("After {call}, x is no longer what it was: it held {before}, now {after}. Put "
               "each element back (x[idx] = saved) once you have computed f on both sides of "
               "it: the caller (a network) keeps using x.").format(
            call=call, before=show(x), after=show(after)))


def _final_x(got):
    """gradient_descent's final x: the result itself, or the first of the pair (x, x_history)
    that the book's repository returns."""
    if isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[0], np.ndarray):
        return got[0]
    return got


def _close(got, want) -> bool:
    return (isinstance(got, np.ndarray) and got.shape == want.shape and got.dtype.kind in "biuf"
            and bool(np.allclose(got, want, rtol=1e-5, atol=1e-7)))


def _descent_expected(w, x0, lr, steps):
    """For f = sum(w * x²) each step multiplies x by (1 - 2 lr w)."""
    return x0 * (1 - 2 * lr * w) ** steps


@check("gradient_descent_values")
def test_gradient_descent_values(student, rng):
    w = rng.uniform(0.5, 2.0, 3)
    cases = [(np.ones(2), np.array([-3.0, 4.0]), 0.1, 100),
             (w, rng.uniform(-3, 3, 3), float(rng.uniform(0.05, 0.2)), int(rng.integers(3, 12)))]
    for w, x0, lr, steps in cases:
        call = _call("gradient_descent", f"f(x) = sum(w * x**2), w = {show(w)}", "f", x0,
                     lr=lr, step_num=steps)
        got = _final_x(student.gradient_descent(RemoteFunction("weighted_sum_of_squares", (w,)),
                                                x0, lr=lr, step_num=steps))
        want = _descent_expected(w, x0, lr, steps)
        if isinstance(got, np.ndarray) and got.shape == x0.shape and np.all(np.isfinite(got)) \
                and np.linalg.norm(got) > np.linalg.norm(x0):
            fail(_("{call} returned {got}, further from the minimum at 0 than the start {x0}: "
                   "the steps go uphill. Subtract lr * gradient (x -= lr * grad); the gradient "
                   "points uphill.").format(call=call, got=show(got), x0=show(x0)),
                 expected(want), hint="uphill")
        defaults = [_descent_expected(w, x0, 0.01, steps), _descent_expected(w, x0, lr, 100)]
        ignored = any(_close(got, d) for d in defaults)  # lr or step_num left at its default
        expect_close(got, want, call=call, rtol=1e-5, atol=1e-7,
                     hint="descent_arguments" if ignored else None)


@check("gradient_descent_keeps_init_x")
def test_gradient_descent_keeps_init_x(student, rng):
    x0 = rng.uniform(-3, 3, 3)
    call = _call("gradient_descent", "f(x) = sum(x**2)", "f", x0, lr=0.1, step_num=5)
    got = _final_x(call_keeping_inputs(student, "gradient_descent",
                                       RemoteFunction("sum_of_squares"), x0, 0.1, 5, call=call))
    expect_close(got, _descent_expected(np.ones(3), x0, 0.1, 5), call=call, rtol=1e-5,
                 atol=1e-7)
