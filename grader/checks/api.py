"""What a check author writes with: the `check` marker, `fail`, and assertions whose failure
messages say what was fed in, what was expected and what came back, in the learner's language.
"""

from __future__ import annotations

from typing import Any, NoReturn

import numpy as np
import pytest

from ..i18n import _, number
from ..sandbox.protocol import RemoteFunction
from ..sandbox.session import Remote

__all__ = ["CheckFailed", "RemoteFunction", "Reveal", "attribute_proxy", "call_text", "check",
           "expect_close", "expect_equal", "expect_type", "expected", "fail", "reveal", "show",
           "settings"]


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


def check(check_id: str) -> pytest.MarkDecorator:
    """Tie a test to the check of that id in `course.toml` (points and hint come from there)."""
    return pytest.mark.nnkata_check(check_id)


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
