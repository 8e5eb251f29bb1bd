"""Hidden checks for ch06.optimizers: SGD, Momentum, AdaGrad, RMSprop and Adam.

Each check makes one of the learner's optimizers in the worker and calls its `update` several
times on one dict of arrays that stays there between calls, as a network's `params` does
(`grader.sandbox.functions`, "optimizer_on"), with random gradients drawn here. The expected
parameters come from the update rules written out below in float64: a reference optimizer
changes its arguments in place, which a released kit could not replay. When the learner's path
is that of a known mistake (uphill steps, state forgotten between calls, Adam without its bias
correction...), the failure names that mistake."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from grader.checks.api import RemoteFunction, call_text, check, expect_close, fail, reveal, show
from grader.i18n import _, ngettext, number

from . import rounded_normal, steps

EPS = 1e-7
NAMES = ("SGD", "Momentum", "AdaGrad", "RMSprop", "Adam")
DEFAULTS = {"SGD": {"lr": 0.01}, "Momentum": {"lr": 0.01, "momentum": 0.9},
            "AdaGrad": {"lr": 0.01}, "RMSprop": {"lr": 0.01, "decay_rate": 0.99},
            "Adam": {"lr": 0.001, "beta1": 0.9, "beta2": 0.999}}
SHAPES = {"W": (2, 3), "b": (3,)}
UPDATES = 4
# The book's comparison on f(x, y) = x²/20 + y² (gradient (x/10, 2y)), 30 updates from (-7, 2).
START = (-7.0, 2.0)
BOOK_RATES = {"SGD": 0.95, "Momentum": 0.1, "AdaGrad": 1.5, "RMSprop": 0.1, "Adam": 0.3}
BOOK_UPDATES = 30
# Parameters within this of the rules below; a different small constant (1e-8 instead of 1e-7,
# inside the square root, Adam's bias corrections applied to m and v separately) stays far
# inside it, since every gradient drawn here is at least 0.5 in size.
TOLERANCE = 1e-5


# ---------------------------------------------------------------------- the update rules


def _sgd(s: dict, state: dict, g: np.ndarray, key: str, t: int) -> np.ndarray:
    return -s["lr"] * g


def _momentum(s: dict, state: dict, g: np.ndarray, key: str, t: int) -> np.ndarray:
    state[key] = s["momentum"] * state.get(key, 0.0) - s["lr"] * g
    return state[key]


def _adagrad(s: dict, state: dict, g: np.ndarray, key: str, t: int) -> np.ndarray:
    state[key] = state.get(key, 0.0) + g * g
    return -s["lr"] * g / (np.sqrt(state[key]) + EPS)


def _rmsprop(s: dict, state: dict, g: np.ndarray, key: str, t: int, *,
             weighted: bool = True) -> np.ndarray:
    d = s["decay_rate"]
    state[key] = d * state.get(key, 0.0) + ((1 - d) if weighted else 1.0) * g * g
    return -s["lr"] * g / (np.sqrt(state[key]) + EPS)


def _adam(s: dict, state: dict, g: np.ndarray, key: str, t: int, *,
          corrected: bool = True) -> np.ndarray:
    b1, b2 = s["beta1"], s["beta2"]
    m, v = state.get(key, (0.0, 0.0))
    m, v = b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g
    state[key] = (m, v)
    lr_t = s["lr"] * np.sqrt(1 - b2**t) / (1 - b1**t) if corrected else s["lr"]
    return -lr_t * m / (np.sqrt(v) + EPS)


RULES: dict[str, Callable[..., np.ndarray]] = {
    "SGD": _sgd, "Momentum": _momentum, "AdaGrad": _adagrad, "RMSprop": _rmsprop, "Adam": _adam}


def path(name: str, settings: dict, start: dict, gradients: list[dict] | Callable, *,
         updates: int | None = None, uphill: bool = False, forgetful: bool = False,
         **variant) -> list[dict]:
    """The parameters after each update of the book's optimizer `name` with `settings`.

    `gradients` is a list of dicts, or a function of the parameters. The variants are the
    mistakes the checks recognise: `uphill` steps along the gradient, `forgetful` starts from a
    fresh state at every update, and `variant` is passed on to the rule (RMSprop's
    `weighted=False`, Adam's `corrected=False`)."""
    settings = {**DEFAULTS[name], **settings}
    params = {key: np.array(value, dtype=float) for key, value in start.items()}
    state: dict = {}
    after = []
    for t in range(1, (updates or len(gradients)) + 1):
        grads = gradients(params) if callable(gradients) else gradients[t - 1]
        if forgetful:
            state, t = {}, 1
        for key in params:
            step = RULES[name](settings, state, np.asarray(grads[key], dtype=float), key, t,
                               **variant)
            params[key] = params[key] - step if uphill else params[key] + step
        after.append({key: value.copy() for key, value in params.items()})
    return after


# ---------------------------------------------------------------------- driving the learner's


def made(name: str, settings: dict) -> str:
    return call_text(f"opt = {name}", **settings) if settings else f"opt = {name}()"


class Driven:
    """One learner's optimizer in the worker, updating one dict of parameters."""

    def __init__(self, student, name: str, settings: dict, start: dict) -> None:
        self.made = made(name, settings)
        self.start = start
        opt = getattr(student, name)(**settings)
        student._nnkata_optimizer_step = RemoteFunction("optimizer_on", (opt, start))
        self._step = student._nnkata_optimizer_step
        self.replaced: list[str] = []
        self.returned: str | None = None

    def update(self, grads: dict) -> dict[str, np.ndarray]:
        """One call of update; the parameters after it, as float arrays."""
        values, replaced, returned = self._step(grads)
        self.replaced = self.replaced or list(replaced)
        self.returned = self.returned or returned
        call = self.setup("opt.update(params, grads)")
        if not isinstance(values, dict) or sorted(values) != sorted(self.start):
            fail(_("After {call}, params is {got}; update must keep the keys of params and "
                   "change their arrays.").format(call=call, got=show(values)), hint="in_place")
        for key, value in values.items():
            if not (isinstance(value, (np.ndarray, np.generic, int, float))
                    and np.shape(value) == np.shape(self.start[key])
                    and np.asarray(value).dtype.kind in "biuf"):
                fail(_("After {call}, params['{key}'] is {got}; it should still be an array of "
                       "numbers of shape {shape}, changed in place.").format(
                    call=call, key=key, got=show(value), shape=np.shape(self.start[key])),
                    hint="in_place")
        values = {key: np.asarray(value, dtype=float) for key, value in values.items()}
        if all(np.array_equal(values[key], self.start[key]) for key in values):
            if returned is not None:
                fail(_("After {call}, params has not changed, and update returned a {type}. "
                       "update changes the arrays of params in place and returns nothing: the "
                       "network's layers hold those very arrays.").format(
                    call=call, type=returned), hint="in_place")
            fail(_("After {call}, params has not changed: update must move the parameters, "
                   "changing their arrays in place.").format(call=call), hint="in_place")
        return values

    def setup(self, *more: str) -> str:
        return steps(self.made, f"params = {_dict_text(self.start)}", *more)


def _dict_text(values: dict) -> str:
    return "{" + ", ".join(f"'{key}': {show(value)}" for key, value in values.items()) + "}"


def random_start(rng: np.random.Generator) -> dict:
    return {key: rounded_normal(rng, size=shape) for key, shape in SHAPES.items()}


def random_gradients(rng: np.random.Generator, n: int = UPDATES) -> list[dict]:
    """Gradients of size 0.5 to 2 and random sign: large enough for the small constants of the
    denominators not to matter."""
    def one(shape):
        return np.round(rng.choice([-1.0, 1.0], shape) * rng.uniform(0.5, 2.0, shape), 2)

    return [{key: one(shape) for key, shape in SHAPES.items()} for _ in range(n)]


def _same(got: dict, want: dict) -> bool:
    try:
        return all(np.allclose(np.asarray(got[key], dtype=float), value, rtol=TOLERANCE,
                               atol=TOLERANCE) for key, value in want.items())
    except (TypeError, ValueError):
        return False


def _recognised(name: str, settings: dict, start: dict, grads: list[dict],
                got: list[dict]) -> tuple[str, str] | None:
    """(what the learner's optimizer did, hint key) when its path is a known mistake's."""
    mistakes = [
        ({"uphill": True}, _("Your optimizer moves the parameters uphill, along the gradient: "
                             "each step must go against it, to make the loss smaller."),
         "downhill"),
        ({"forgetful": True}, _("Your optimizer starts afresh at every call of update: what it "
                                "should remember from one call to the next (velocity, sums of "
                                "squared gradients, moments) is lost."), "keep_state"),
    ]
    if name == "AdaGrad":
        mistakes[1] = ({"forgetful": True}, _(
            "Your AdaGrad uses only the current gradient's square: h must add up the squares "
            "of all the gradients so far, so that the steps shrink as learning goes on."),
            "accumulate")
    if name == "RMSprop":
        mistakes.append(({"weighted": False}, _(
            "Your RMSprop adds the whole squared gradient to h: the new square counts for "
            "(1 - decay_rate) of it, so that h stays a running average."), "rms_average"))
    if name == "Adam":
        mistakes.append(({"corrected": False}, _(
            "Your Adam has no bias correction: m and v start at 0, so early on they are far too "
            "small, and the first steps are not about lr in size."), "bias_correction"))
    if name in ("SGD",):
        mistakes = mistakes[:1]
    for variant, reason, hint in mistakes:
        wrong = path(name, settings, start, grads, **variant)
        if all(_same(g, w) for g, w in zip(got, wrong, strict=True)):
            return reason, hint
    return None


def expect_path(student, name: str, settings: dict, rng: np.random.Generator) -> Driven:
    """Update the learner's optimizer with random gradients; fail at the first update whose
    parameters differ from the rule's, naming the mistake when it is a known one."""
    start, grads = random_start(rng), random_gradients(rng)
    driven = Driven(student, name, settings, start)
    got = []
    for grad in grads:
        got.append(driven.update(grad))
    want = path(name, settings, start, grads)
    recognised = None
    if not all(_same(g, w) for g, w in zip(got, want, strict=True)):
        recognised = _recognised(name, settings, start, grads, got)
    for n, (grad, g, w) in enumerate(zip(grads, got, want, strict=True), start=1):
        call = driven.setup(ngettext(
            "{n} call of opt.update(params, grads) with grads = {grads}",
            "{n} calls of opt.update(params, grads), the last one with grads = {grads}",
            n).format(n=n, grads=_dict_text(grad)))
        for key in start:
            if recognised is not None and not _same({key: g[key]}, {key: w[key]}):
                reason, known_hint = recognised
                fail(_("After {call}, params['{key}'] is {got}.").format(
                    call=call, key=key, got=show(g[key])),
                    reveal(_("Expected: {want}").format(want=show(w[key]))), reason,
                    hint=known_hint)
            expect_close(g[key], w[key], call=_("{call}, then params['{key}']").format(
                call=call, key=key), rtol=TOLERANCE, atol=TOLERANCE)
    return driven


# ---------------------------------------------------------------------- the checks


def _rate(rng: np.random.Generator) -> float:
    return float(np.round(rng.uniform(0.01, 0.5), 2))


@check("sgd_update")
def test_sgd(student, rng):
    expect_path(student, "SGD", {"lr": _rate(rng)}, rng)


@check("momentum_update")
def test_momentum(student, rng):
    settings = {"lr": _rate(rng), "momentum": float(np.round(rng.uniform(0.5, 0.95), 2))}
    expect_path(student, "Momentum", settings, rng)


@check("adagrad_update")
def test_adagrad(student, rng):
    expect_path(student, "AdaGrad", {"lr": _rate(rng)}, rng)


@check("rmsprop_update")
def test_rmsprop(student, rng):
    settings = {"lr": _rate(rng), "decay_rate": float(np.round(rng.uniform(0.8, 0.99), 2))}
    expect_path(student, "RMSprop", settings, rng)


@check("adam_update")
def test_adam(student, rng):
    settings = {"lr": _rate(rng), "beta1": float(np.round(rng.uniform(0.8, 0.95), 2)),
                "beta2": float(np.round(rng.uniform(0.99, 0.999), 3))}
    expect_path(student, "Adam", settings, rng)


@check("defaults")
def test_default_settings(student, rng):
    for name in NAMES:
        start, grads = random_start(rng), random_gradients(rng, 2)
        driven = Driven(student, name, {}, start)
        got = [driven.update(g) for g in grads]
        want = path(name, {}, start, grads)
        if all(_same(g, w) for g, w in zip(got, want, strict=True)):
            continue
        defaults = ", ".join(f"{key}={value}" for key, value in DEFAULTS[name].items())
        fail(_("After {call}, params is {got}.").format(
            call=driven.setup("opt.update(params, grads) × 2"), got=_dict_text(got[-1])),
            reveal(_("Expected: {want}").format(want=_dict_text(want[-1]))),
            _("Without arguments, {name} should use the book's settings: {defaults}.").format(
                name=name, defaults=defaults))


@check("updates_in_place")
def test_updates_change_the_arrays_in_place(student, rng):
    for name in NAMES:
        start = random_start(rng)
        driven = Driven(student, name, {"lr": 0.1}, start)
        for grad in random_gradients(rng, 2):
            driven.update(grad)
        if driven.replaced:
            key = driven.replaced[0]
            fail(_("{call} put a new array into params['{key}'] instead of changing the one "
                   "that was there. A network's layers hold the very arrays of params: they "
                   "would never see the new values, and the network would not learn.").format(
                call=driven.setup("opt.update(params, grads)"), key=key))


def _book_gradient(params: dict) -> dict:
    return {"x": params["x"] / 10, "y": 2 * params["y"]}


@check("known_paths")
def test_the_books_comparison(student):
    start = {"x": np.array(START[0]), "y": np.array(START[1])}
    for name in NAMES:
        settings = {"lr": BOOK_RATES[name]}
        driven = Driven(student, name, settings, start)
        got = {}
        for _n in range(BOOK_UPDATES):
            got = driven.update(_book_gradient(got or start))
        want = path(name, settings, start, _book_gradient, updates=BOOK_UPDATES)[-1]
        if _same(got, want):
            continue
        call = steps(made(name, settings), "params = {'x': np.array(-7.0), 'y': np.array(2.0)}",
                     _("{n} × opt.update(params, {{'x': params['x'] / 10, 'y': 2 * "
                       "params['y']}})").format(n=BOOK_UPDATES))
        fail(_("After {call}, that is {n} steps on f(x, y) = x²/20 + y² from (−7, 2), your "
               "{name} ends at (x, y) = ({x}, {y}).").format(
            call=call, n=BOOK_UPDATES, name=name, x=number(float(got["x"]), 4),
            y=number(float(got["y"]), 4)),
            reveal(_("The book's {name} ends at ({x}, {y}).").format(
                name=name, x=number(float(want["x"]), 4), y=number(float(want["y"]), 4))))
