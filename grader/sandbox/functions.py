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


def _call_with_shared_array(function: Callable) -> Callable:
    """`probe(name, args, x) -> (result, x_after)`: calls the learner's
    `function(f, x)` (a `numerical_gradient`) with an `f` that ignores its argument and reads
    the very array `x` it was handed, as a network's loss reads its own weights; `f` is the
    registry's `name` built with `args`. Sends back `x` as it is after the call, so the grader
    sees both whether `x` was changed in place (it must be) and whether it was restored.
    """

    def probe(name: str, args: list, x: np.ndarray) -> tuple:
        reads = build(name, tuple(args))
        return function(lambda _unused: reads(x), x), x

    return probe


def _constant_gradient(network: object, value: float) -> Callable:
    """`grad(x, t)` for a training loop: every entry of every parameter's gradient is
    `value * len(x)`, whatever the network. After `iters` steps of plain SGD each parameter has
    moved by exactly `-learning_rate * value * batch_size * iters`, which shows whether the loop
    used this function, its learning rate, its batch size and the right sign."""

    def grad(x: np.ndarray, t: np.ndarray) -> dict:
        return {key: np.full(np.shape(p), float(value) * len(x))
                for key, p in network.params.items()}

    return grad


def _assign_in_place(target: object) -> Callable:
    """`assign(values)`: `target[key][...] = value` for each entry of the dict `values`. With
    `target` a handle to a network's `params`, the arrays change in place, as a training step
    changes them, so layers built on those very arrays see the new values."""

    def assign(values: dict) -> None:
        for key, value in values.items():
            target[key][...] = value

    return assign


def _optimizer_on(optimizer: object, params: dict) -> Callable:
    """`step(grads) -> (values, replaced, returned)` for a learner's optimizer: calls
    `optimizer.update(params, grads)` on one dict of arrays that lives here between calls, as
    a network's `params` does. Sends back its values (copied as they cross), the keys whose
    array was replaced by another object instead of being changed in place (the layers of a
    network would not see such a change), and the type of what `update` returned (None when
    nothing)."""
    originals = dict(params)

    def step(grads: dict) -> tuple:
        returned = optimizer.update(params, grads)
        values = dict(params)
        replaced = sorted(key for key, value in params.items() if value is not originals.get(key))
        return values, replaced, None if returned is None else type(returned).__name__

    return step


class _NetworkStandIn:
    """A network for testing a training loop: `params`, `loss` and `accuracy` are those of the
    wrapped network; `gradient` and `numerical_gradient` return constant arrays (see
    `_constant_gradient`), and either is missing when its value is None."""

    def __init__(self, network: object, gradient: float | None, numerical: float | None) -> None:
        self._network = network
        self._grads = {"gradient": gradient, "numerical_gradient": numerical}

    @property
    def params(self) -> dict:
        return self._network.params

    @params.setter
    def params(self, value: dict) -> None:
        self._network.params = value

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return self._network.loss(x, t)

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        return self._network.accuracy(x, t)

    def __getattr__(self, name: str) -> Callable:
        grads = self.__dict__.get("_grads", {})
        if grads.get(name) is None:
            raise AttributeError(name)
        return _constant_gradient(self._network, grads[name])


def _network_stand_in(network: object, gradient: float | None,
                      numerical: float | None) -> _NetworkStandIn:
    """Not a function but a stand-in network (`_NetworkStandIn`), passed where a training loop
    expects a network: the final parameters tell which gradient method the loop called."""
    return _NetworkStandIn(network, gradient, numerical)


FUNCTIONS: dict[str, Callable[..., Callable]] = {
    "sum_of_squares": _sum_of_squares,
    "polynomial": _polynomial,
    "weighted_sum_of_squares": _weighted_sum_of_squares,
    "method_call": _method_call,
    "call_showing_arguments": _call_showing_arguments,
    "call_with_shared_array": _call_with_shared_array,
    "constant_gradient": _constant_gradient,
    "network_stand_in": _network_stand_in,
    "assign_in_place": _assign_in_place,
    "optimizer_on": _optimizer_on,
}


def build(name: str, args: tuple) -> Callable:
    return FUNCTIONS[name](*args)
