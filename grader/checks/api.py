"""What a check author writes with: the `check` marker, `fail`, and assertions whose failure
messages say what was fed in, what was expected and what came back, in the learner's language.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
import pytest

from ..i18n import _, number
from ..sandbox.protocol import RemoteFunction
from ..sandbox.session import Remote, WorkerError

__all__ = ["INTERFACE_HINT", "CheckFailed", "RemoteFunction", "Reveal", "attribute_proxy",
           "call_text", "check", "expect_close", "expect_equal", "expect_type", "expected", "fail",
           "interface_failure", "reveal", "show", "settings"]

INTERFACE_HINT = "interface"  # the hint key of a call the learner's signature refuses
_UNEXPECTED_KEYWORD = re.compile(r"^([\w.]+)\(\) got an unexpected keyword argument '(\w+)'")
_BAD_CALL = re.compile(r"^([\w.]+)\(\) (?:missing \d+ required|takes |got multiple values|"
                       r"got some positional-only)")


class _Settings:
    """Per-run switches; `show_expected` is off in exam mode (reasons without answers)."""

    show_expected = True


settings = _Settings()


class Reveal(str):
    """A part of a failure message that gives away an expected value, or anything an expected
    value follows from (a difference from the learner's own result, a ratio, the reference's
    output). Exam mode shows `instead` in its place (nothing, by default)."""

    instead: str = ""


def reveal(text: str, instead: str = "") -> Reveal:
    """Mark `text` as revealing an expected value; `instead` is what exam mode says there."""
    part = Reveal(text)
    part.instead = instead
    return part


class CheckFailed(AssertionError):
    """A check's verdict: the parts of its message for the learner (some of them `Reveal`), and
    `hint` to override the catalog's hint key.

    The message is put together when it is read, so exam mode (`settings.show_expected` off)
    leaves out every revealing part however the check worded it."""

    def __init__(self, *parts: str, hint: str | None = None) -> None:
        super().__init__(*parts)
        self.parts = parts
        self.hint = hint

    @property
    def message(self) -> str:
        shown = [p.instead if isinstance(p, Reveal) and not settings.show_expected else p
                 for p in self.parts]
        return "\n".join(p for p in shown if p)


def check(check_id: str) -> Callable[[Callable], Callable]:
    """Tie a test to the check of that id in `course.toml` (points and hint come from there).

    A call that the learner's signature refuses (a keyword it lacks, a parameter named
    otherwise) fails the check with one sentence about the interface, and the hint key
    `interface` where the exercise has one; the other checks still judge what they can."""

    def decorate(test: Callable) -> Callable:
        @functools.wraps(test)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return test(*args, **kwargs)
            except WorkerError as exc:
                failure = interface_failure(exc, _interface_hint(test))
                if failure is None:
                    raise
                raise failure from None

        return pytest.mark.nnkata_check(check_id)(run)

    return decorate


def interface_failure(error: WorkerError, hint: str | None = INTERFACE_HINT) -> CheckFailed | None:
    """The failure for a call refused by the learner's signature itself (a `TypeError` raised
    before any line of their code ran), or None for any other error."""
    detail = error.detail
    message = str(detail.get("message", ""))
    if error.kind != "exception" or detail.get("type") != "TypeError" or detail.get("frames"):
        return None
    keyword, other = _UNEXPECTED_KEYWORD.match(message), _BAD_CALL.match(message)
    if keyword:
        function = keyword.group(1).removesuffix(".__init__")
        return CheckFailed(_("{function} has no parameter called {name}, which the statement's "
                             "interface has and the grader passes by name: check the names of "
                             "its parameters.").format(function=function, name=keyword.group(2)),
                           hint=hint)
    if other:
        function = other.group(1).removesuffix(".__init__")
        return CheckFailed(_("{function} cannot be called as the statement's interface says "
                             "({detail}): check the number and the names of its parameters.")
                           .format(function=function, detail=message), hint=hint)
    return None


def _interface_hint(test: Callable) -> str | None:
    """`interface` when the exercise of this check (found from its file) has such hints."""
    from ..catalog import load_course
    from ..texts import exercise_text

    path = Path(inspect.getfile(test))
    chapter = next((c for c in load_course().chapters if c.dir == path.parent.name), None)
    if chapter is None:
        return None
    exercise_id = f"{chapter.id}.{path.stem.removeprefix('test_')}"
    return INTERFACE_HINT if INTERFACE_HINT in exercise_text(exercise_id).hints else None


def fail(*parts: str, hint: str | None = None) -> NoReturn:
    """Fail the check with a message made of `parts` (sentences or lines; mark with `reveal`
    those that give away an expected value)."""
    raise CheckFailed(*parts, hint=hint)


def attribute_proxy(obj: Remote, name: str) -> Remote:
    """`obj.name` as a proxy, so a dict such as `net.params` can be changed in the worker."""
    return obj._attribute(name)


def show(value: Any, precision: int = 4) -> str:
    """A short, readable rendering of a value, with its type where the type matters."""
    if isinstance(value, np.ndarray):
        body = np.array2string(value, precision=precision, threshold=12, edgeitems=2,
                               suppress_small=True, separator=", ")
        return f"array({body}, shape={value.shape}, dtype={value.dtype})"
    if isinstance(value, np.generic):
        return f"np.{type(value).__name__}({value.item()!r})"
    if isinstance(value, Remote):
        return repr(value)
    if isinstance(value, float):
        return repr(round(value, 10))
    if isinstance(value, (list, tuple, dict)):
        text = repr(value)
        return text if len(text) < 120 else text[:117] + "..."
    return repr(value)


def call_text(name: str, *args: Any, **kwargs: Any) -> str:
    """`AND(0, 1)`: how a check names the call that failed."""
    parts = [show(a) for a in args] + [f"{k}={show(v)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def expected(want: Any) -> Reveal:
    """The part "Expected: …" of a message, left out in exam mode."""
    return reveal(_("Expected: {want}").format(want=show(want)))


def expect_type(got: Any, types: type | tuple[type, ...], *, call: str, expected: str,
                hint: str | None = None) -> None:
    """Fail unless `got` is an instance of `types`; `expected` names the type for the learner."""
    if not isinstance(got, types):
        fail(_("{call} returned {got} of type {type}; it should return {expected}.").format(
            call=call, got=show(got), type=type(got).__name__, expected=expected), hint=hint)


def expect_equal(got: Any, want: Any, *, call: str, hint: str | None = None) -> None:
    """Exact equality of plain values or arrays (shape included)."""
    same = (
        np.array_equal(np.asarray(got), np.asarray(want))
        if isinstance(got, np.ndarray) or isinstance(want, np.ndarray)
        else got == want
    )
    if not same:
        fail(_("{call} returned {got}.").format(call=call, got=show(got)), expected(want),
             hint=hint)


def _as_array(got: Any, call: str, hint: str | None) -> np.ndarray:
    if isinstance(got, (np.ndarray, np.generic, int, float, bool)):
        return np.asarray(got)
    fail(_("{call} returned {got} of type {type}; it should return a NumPy array.").format(
        call=call, got=show(got), type=type(got).__name__), hint=hint)


def expect_close(got: Any, want: Any, *, call: str, rtol: float = 1e-6, atol: float = 1e-8,
                 hint: str | None = None, shape_hint: str | None = None,
                 nan_hint: str | None = None) -> None:
    """Numbers or arrays equal within tolerance: type, shape, finiteness, then values."""
    got_array = _as_array(got, call, hint)
    want_array = np.asarray(want)
    if got_array.shape != want_array.shape:
        fail(_("{call} returned shape {got}; the expected shape is {want}.").format(
            call=call, got=got_array.shape, want=want_array.shape), hint=shape_hint or hint)
    if got_array.dtype.kind not in "biuf":
        fail(_("{call} returned values of dtype {dtype}; numbers were expected.").format(
            call=call, dtype=got_array.dtype), hint=hint)
    got_f = got_array.astype(float)
    if not np.all(np.isfinite(got_f)) and np.all(np.isfinite(want_array)):
        fail(_("{call} returned NaN or infinity: {got}").format(call=call, got=show(got)),
             expected(want), hint=nan_hint or hint)
    if not np.allclose(got_f, want_array, rtol=rtol, atol=atol, equal_nan=True):
        error = float(np.nanmax(np.abs(got_f - want_array))) if got_f.size else 0.0
        fail(reveal(_("{call} is off by up to {error}.").format(call=call, error=number(error, 6)),
                    instead=_("{call} does not give the expected values.").format(call=call)),
             _("Got:      {got}").format(got=show(got)),
             expected(want), hint=hint)
