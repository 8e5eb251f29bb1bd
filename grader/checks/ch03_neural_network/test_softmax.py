"""Hidden checks for ch03.softmax: values, sums of 1, row by row on a batch, shapes, large
scores, and the input left as it was."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, show
from grader.i18n import _

from . import call_keeping_input


def _batch(rng, n=4, c=5, scale=3.0):
    """A batch whose rows have different offsets, so each row needs its own normalisation."""
    return rng.normal(0, scale, (n, c)) + rng.uniform(-5, 5, (n, 1))


def _refuse_whole_batch(call, a, got):
    """Fail, pointing at the axis, when a batch was normalised as a whole instead of by row."""
    if not (isinstance(got, np.ndarray) and got.dtype.kind in "biuf"):
        return
    values = got.astype(float)
    if a.ndim == 2 and a.shape[0] > 1 and values.shape == a.shape and np.isclose(values.sum(), 1):
        fail(_("{call} returned values that add up to 1 over the whole batch, not row by row: "
               "the rows add up to {sums}. Each row is one sample and needs its own sum of 1: "
               "take the sum (and the maximum) along axis=-1, with keepdims=True.").format(
            call=call, sums=show(values.sum(axis=-1))), hint="rowwise")


def _close(got, want) -> bool:
    return (isinstance(got, np.ndarray) and got.shape == np.shape(want)
            and got.dtype.kind in "biuf" and bool(np.allclose(got, want, equal_nan=True)))


def _mistake(a, got) -> str | None:
    """The hint for a softmax that left out the exponential, or that normalised the columns
    of a batch and gave them back transposed."""
    if _close(got, a / np.sum(a, axis=-1, keepdims=True)):
        return "softmax_exp"
    if a.ndim == 2 and isinstance(got, np.ndarray) and got.shape == a.shape[::-1] \
            and a.shape[0] != a.shape[1]:
        return "transposed"
    return None


@check("softmax_1d")
def test_softmax_of_one_vector(student, ref, rng):
    for a in (rng.normal(0, 2, 5), np.array([0.3, 2.9, 4.0]), np.zeros(4)):
        got = student.softmax(a)
        expect_close(got, ref.softmax(a), call=call_text("softmax", a), hint=_mistake(a, got))


@check("softmax_sums_to_one")
def test_softmax_gives_probabilities(student, rng):
    for a in (rng.normal(0, 2, 6), _batch(rng)):
        call = call_text("softmax", a)
        got = student.softmax(a)
        if not (isinstance(got, np.ndarray) and got.dtype.kind in "biuf"):
            fail(_("{call} returned {got} of type {type}; it should return a NumPy array.").format(
                call=call, got=show(got), type=type(got).__name__))
        got = got.astype(float)
        if got.shape != a.shape:
            fail(_("{call} returned shape {got}; the expected shape is {want}.").format(
                call=call, got=got.shape, want=a.shape), hint="keep_shape")
        _refuse_whole_batch(call, a, got)
        sums = np.sum(got, axis=-1)
        if np.any(got < 0) or not np.allclose(sums, 1.0, rtol=0, atol=1e-9):
            fail(_("{call} returned {got}. Each row should hold probabilities: values between "
                   "0 and 1 that add up to 1, but the rows add up to {sums}.").format(
                call=call, got=show(got), sums=show(sums if sums.ndim else float(sums))))


@check("softmax_rowwise")
def test_softmax_normalises_each_row(student, ref, rng):
    a = _batch(rng)
    call = call_text("softmax", a)
    got = student.softmax(a)
    want = ref.softmax(a)
    _refuse_whole_batch(call, a, got)
    expect_close(got, want, call=call, shape_hint=_mistake(a, got) or "keep_shape")
    for row in range(a.shape[0]):  # each row alone gives the same answer as inside the batch
        expect_close(student.softmax(a[row]), want[row], call=call_text("softmax", a[row]))


@check("softmax_keeps_shape")
def test_softmax_keeps_the_shape(student, rng):
    for shape in ((7,), (3, 4), (2, 5), (1, 3), (6, 2)):
        a = rng.normal(0, 2, shape)
        got = student.softmax(a)
        if np.shape(got) != shape:
            fail(_("{call} returned shape {got}; it should keep the input's shape {want}: one "
                   "probability per score.").format(call=call_text("softmax", a),
                                                    got=np.shape(got), want=shape),
                 hint=_mistake(a, got))


@check("softmax_is_stable")
def test_softmax_handles_large_scores(student, ref, rng):
    batch = np.array([[1010.0, 1000.0, 990.0], [-1000.0, -1010.0, -990.0], [0.5, 1.0, -0.5]])
    batch[2] += rng.normal(0, 1, 3)
    for a in (np.array([1010.0, 1000.0, 990.0]), rng.uniform(700, 900, 4), batch):
        got = student.softmax(a)
        with np.errstate(all="ignore"):  # what one maximum for the whole batch gives
            e = np.exp(a - np.max(a))
            one_max = e / np.sum(e, axis=-1, keepdims=True)
        lost = np.isnan(one_max)
        hint = ("row_max" if a.ndim == 2 and np.any(lost) and isinstance(got, np.ndarray)
                and got.shape == a.shape and np.array_equal(np.isnan(got), lost) else None)
        expect_close(got, ref.softmax(a), call=call_text("softmax", a), atol=1e-12, hint=hint,
                     nan_hint=hint)


@check("softmax_keeps_input")
def test_softmax_leaves_its_input_alone(student, rng):
    for a in (rng.normal(0, 2, 5), _batch(rng, 3, 4)):
        call_keeping_input(student, "softmax", a)
