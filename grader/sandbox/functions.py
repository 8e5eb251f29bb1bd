"""Functions the grader can hand to the learner's code, built inside the worker.

A check cannot send a Python function across the process boundary (that would need pickle,
and would run grader code next to the learner's). Instead it sends a name and plain-data
arguments (`RemoteFunction("quadratic", (coeffs,))`); the worker looks the name up here and
builds the function itself. Arguments may be handles to the learner's own objects.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def _sum_of_squares() -> Callable:
    return lambda x: float(np.sum(np.asarray(x, dtype=float) ** 2))


def _polynomial(coefficients: list[float]) -> Callable:
    """`c0 + c1*x + c2*x**2 + ...`, applied elementwise and summed (a scalar for arrays)."""
    return lambda x: float(np.sum(np.polynomial.polynomial.polyval(x, coefficients)))


def _weighted_sum_of_squares(weights: np.ndarray) -> Callable:
    """`sum(w * x**2)`: a bowl whose gradient `2*w*x` differs along each axis."""
    return lambda x: float(np.sum(weights * np.asarray(x, dtype=float) ** 2))


def _method_call(obj: object, method: str, *args: object) -> Callable:
    """`lambda _: obj.method(*args)`: the loss of the learner's own network, as the book does."""
    bound = getattr(obj, method)
    return lambda _unused: bound(*args)


def _call_showing_arguments(function: Callable) -> Callable:
    """`probe(*args) -> (result, args)`: calls the learner's `function` and sends back the
    arguments as they are after the call, so the grader can see whether it changed them in
    place (e.g. `x[x < 0] = 0`). Arrays cross the pipe as copies, so only the worker can see
    such a change. To call the probe, set it on the learner's module first:
    `student._probe = RemoteFunction("call_showing_arguments", (student.relu,))`, then
    `result, after = student._probe(x)`.
    """
    return lambda *args: (function(*args), list(args))


FUNCTIONS: dict[str, Callable[..., Callable]] = {
    "sum_of_squares": _sum_of_squares,
    "polynomial": _polynomial,
    "weighted_sum_of_squares": _weighted_sum_of_squares,
    "method_call": _method_call,
    "call_showing_arguments": _call_showing_arguments,
}


def build(name: str, args: tuple) -> Callable:
    return FUNCTIONS[name](*args)
