"""Hidden checks for chapter 7, and what they share: the grader's own convolution, pooling and
network, written straight from their definitions (a sum over each window, no im2col) in
float64. They are the
oracle the learner's layers are held to besides the reference, and the function whose central
differences every backward pass must match; the reference is only asked for values on inputs
drawn here, so a released kit can replay them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from grader.checks.api import expect_close, fail, reveal, show
from grader.explain import explain_worker_error
from grader.i18n import _, number
from grader.sandbox.session import WorkerError

from ..ch05_backprop import numerical_gradient, steps

__all__ = ["Named", "brief", "calling", "convnet_scores", "convolve", "expect_gradient",
           "expect_images", "max_pool", "numerical_gradient", "output_size", "steps",
           "with_shapes"]


class Named:
    """An array too big to print, shown in a call by its name: `im2col(x, 3, 3)`."""

    def __init__(self, name: str, value: np.ndarray) -> None:
        self.name, self.value = name, value

    def __repr__(self) -> str:
        return self.name


def with_shapes(call: str, *arrays: Named) -> str:
    """The call, then the shapes of the arrays it names:
    `im2col(x, 3, 3, stride=1, pad=0) [x.shape = (2, 3, 5, 6)]`."""
    shapes = ", ".join(f"{a.name}.shape = {np.shape(a.value)}" for a in arrays)
    return f"{call} [{shapes}]" if shapes else call


def output_size(size: int, window: int, stride: int = 1, pad: int = 0) -> int:
    return (size + 2 * pad - window) // stride + 1


def shifted(x: np.ndarray, fh: int, fw: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(FH·FW, N, C, out_h, out_w): for each offset (y, x) inside an fh × fw window, the pixel at
    that offset in every window (window (i, j) starts at padded row i·stride, column j·stride)."""
    padded = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    out_h = output_size(x.shape[2], fh, stride, pad)
    out_w = output_size(x.shape[3], fw, stride, pad)
    return np.stack([padded[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
                     for y in range(fh) for x in range(fw)])


def convolve(x: np.ndarray, W: np.ndarray, b: np.ndarray, stride: int = 1,
             pad: int = 0) -> np.ndarray:
    """(N, C, H, W) images, (FN, C, FH, FW) filters, (FN,) biases -> (N, FN, out_h, out_w):
    output (n, f, i, j) = b[f] + the sum over c, y, x of W[f, c, y, x] times the padded pixel
    (n, c, i·stride + y, j·stride + x), straight from the definition, as one matrix product
    over (c, y, x)."""
    fn, c, fh, fw = W.shape
    seen = shifted(x, fh, fw, stride, pad)  # (FH·FW, N, C, out_h, out_w)
    n, out_h, out_w = seen.shape[1], seen.shape[3], seen.shape[4]
    seen = seen.transpose(2, 0, 1, 3, 4).reshape(c * fh * fw, -1)  # rows in W's (c, y, x) order
    out = (W.reshape(fn, -1) @ seen).reshape(fn, n, out_h, out_w)
    return out.transpose(1, 0, 2, 3) + b[:, None, None]


def max_pool(x: np.ndarray, ph: int, pw: int, stride: int, pad: int = 0,
             reduce: Callable = np.max) -> np.ndarray:
    """The largest value (or `reduce`) of each ph × pw window, channel by channel."""
    return reduce(shifted(x, ph, pw, stride, pad), axis=0)


def window_gaps(x: np.ndarray, ph: int, pw: int, stride: int) -> np.ndarray:
    """For each window, how far its largest value stands above the next one (0 on a tie)."""
    def gap(values, axis):
        ordered = np.sort(values, axis=axis)
        return ordered[-1] - ordered[-2]

    return max_pool(x, ph, pw, stride, reduce=gap)


def convnet_scores(params: dict, x: np.ndarray, stride: int = 1, pad: int = 0) -> np.ndarray:
    """SimpleConvNet written out: Conv, ReLU, 2×2 max pooling, Affine, ReLU, Affine."""
    hidden = max_pool(np.maximum(convolve(x, params["W1"], params["b1"], stride, pad), 0),
                      2, 2, 2)
    hidden = np.maximum(hidden.reshape(len(x), -1) @ params["W2"] + params["b2"], 0)
    return hidden @ params["W3"] + params["b3"]


@contextmanager
def calling(call: str, hint: str | None = None) -> Iterator[None]:
    """Name the call when the learner's code raises inside it (the worker's error alone says
    where in their file, not what the grader was doing)."""
    try:
        yield
    except WorkerError as exc:
        refused = exc.detail.get("type") == "TypeError" and not exc.detail.get("frames")
        if exc.kind not in ("exception", "unsendable", "missing") or refused:
            raise  # a call the learner's signature refuses is the check API's to explain
        fail(_("While running {call}:").format(call=call), explain_worker_error(exc),
             hint=hint)


def brief(value: Any) -> str:
    """`show`, except for images (3 axes or more), which would fill the screen: their shape
    and the first channel of the first image."""
    if isinstance(value, np.ndarray) and value.ndim >= 3 and value.size:
        return _("an array of shape {shape} whose first channel of the first image is "
                 "{first}").format(shape=value.shape, first=show(value[(0,) * (value.ndim - 2)]))
    return show(value)


def _first(mask: np.ndarray) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argwhere(mask)[0])


def expect_images(got: Any, want: np.ndarray, *, call: str, hint: str | None = None,
                  shape_hint: str | None = None, rtol: float = 1e-6, atol: float = 1e-8) -> None:
    """`expect_close` for arrays of images: what is wrong is said by count and first index,
    and only the first channel of the first image is shown."""
    if not (isinstance(got, np.ndarray) and got.ndim >= 3 and got.shape == np.shape(want)
            and got.dtype.kind in "biuf"):
        expect_close(got, want, call=call, rtol=rtol, atol=atol, hint=hint,
                     shape_hint=shape_hint)
        return
    values = got.astype(float)
    bad = ~np.isfinite(values)
    wrong = bad | ~np.isclose(values, want, rtol=rtol, atol=atol)
    if not wrong.any():
        return
    index = _first(wrong)
    if bad.any():
        index = _first(bad)
        fail(_("{call} returned NaN or infinity at {count} of its {total} values, the first at "
               "index {index}.").format(call=call, count=int(bad.sum()), total=got.size,
                                        index=index), hint=hint)
    fail(_("{call} returned an array of the right shape, {shape}, but {count} of its {total} "
           "values are wrong. The first is at index {index}: {got}.").format(
        call=call, shape=got.shape, count=int(wrong.sum()), total=got.size, index=index,
        got=number(float(values[index]), 6)),
        reveal(_("Expected there: {want}.").format(want=number(float(want[index]), 6))),
        _("Got, first channel of the first image: {got}").format(
            got=show(got[(0,) * (got.ndim - 2)])),
        reveal(_("Expected: {want}").format(want=show(np.asarray(want)[(0,) * (got.ndim - 2)]))),
        hint=hint)


def expect_gradient(got: Any, want: np.ndarray, numeric: np.ndarray, *, call: str,
                    hint: str | None = None, shape_hint: str | None = None) -> None:
    """A backward result against the reference's, then against central differences of the
    grader's own forward (which says where the expected values come from)."""
    expect_images(got, want, call=call, hint=hint, shape_hint=shape_hint)
    error = float(np.max(np.abs(np.asarray(got, dtype=float) - numeric), initial=0.0))
    if error > 1e-5 + 1e-4 * float(np.max(np.abs(numeric), initial=0.0)):
        fail(_("{call} returned {got}, which differs from central differences of forward, "
               "(f(x + h) - f(x - h)) / 2h.").format(call=call, got=brief(got)),
             reveal(_("They give {numeric}; the largest difference is {error}.").format(
                 numeric=brief(numeric), error=number(error, 6))),
             hint=hint)
