"""Hidden checks for ch04.losses: the sum of squared errors with its ½, and the cross-entropy
for one sample and for a batch, with one-hot targets or labels, at probabilities of exactly 0."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, expected, fail, reveal, show
from grader.i18n import _

from . import call_keeping_inputs

# The book's example: ten classes, the right one is 2.
BOOK_T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
BOOK_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])


def _probabilities(rng, shape):
    """Rows that look like softmax outputs: positive, each summing to 1."""
    p = rng.uniform(0.05, 1.0, shape)
    return p / p.sum(axis=-1, keepdims=True)


def _one_hot(labels, classes):
    return np.eye(classes)[labels]


def _number(got, call):
    """The learner's loss as a float; a loss is one number, even for a batch."""
    if np.ndim(got) != 0 or not isinstance(got, (np.ndarray, np.generic, int, float)):
        fail(_("{call} returned {got}; a loss is a single number (for a batch: one number for "
               "the whole batch).").format(call=call, got=show(got)))
    return float(got)


@check("sse_values")
def test_sum_squared_error(student, ref, rng):
    labels = rng.integers(0, 5, 4)
    cases = [(BOOK_Y, BOOK_T), (_probabilities(rng, 5), _one_hot(labels[0], 5)),
             (_probabilities(rng, (4, 5)), _one_hot(labels, 5))]
    for y, t in cases:
        call = call_text("sum_squared_error", y, t)
        got = _number(student.sum_squared_error(y, t), call)
        want = float(ref.sum_squared_error(y, t))
        if np.isclose(got, 2 * want, rtol=1e-6):
            fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                 reveal(_("That is twice the expected {want}.").format(want=show(want))),
                 _("The sum of squared errors is multiplied by 0.5."), hint="half")
        divisors = {len(y), y.size} - {1}
        divisor = next((n for n in divisors if np.isclose(got, want / n, rtol=1e-6)), None)
        if divisor is not None:
            fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                 reveal(_("That is the expected {want} divided by {n}.").format(
                     want=show(want), n=divisor)),
                 _("This loss is the plain sum over every element, not a mean."),
                 hint="sse_sum")
        expect_close(got, want, call=call)


def _expect_cross_entropy(student, ref, y, t, *, batch_hint=None):
    call = call_text("cross_entropy_error", y, t)
    got = _number(student.cross_entropy_error(y, t), call)
    want = float(ref.cross_entropy_error(y, t))
    n = len(y) if np.ndim(y) == 2 else 1
    if batch_hint and n > 1 and np.isclose(got, want * n, rtol=1e-6):
        fail(_("{call} returned {got}.").format(call=call, got=show(got)),
             reveal(_("That is {n} times the expected {want}.").format(n=n, want=show(want))),
             _("The losses of the {n} rows were added up but not averaged. Divide by the batch "
               "size, so the loss does not grow with the batch.").format(n=n), hint=batch_hint)
    if np.ndim(y) == 1 and np.isclose(got, want / np.size(y), rtol=1e-6):
        fail(_("{call} returned {got}.").format(call=call, got=show(got)),
             reveal(_("That is the expected {want} divided by {size}, the number of "
                      "classes.").format(want=show(want), size=np.size(y))),
             _("A single sample was treated as a batch of {size} rows. Reshape y (and t) into "
               "one row first, e.g. y.reshape(1, -1).").format(size=np.size(y)),
             hint="one_sample")
    expect_close(got, want, call=call, nan_hint="log_zero")


@check("cee_single_sample")
def test_cross_entropy_one_sample(student, ref, rng):
    label = int(rng.integers(0, 6))
    for y, t in [(BOOK_Y, BOOK_T), (_probabilities(rng, 6), _one_hot(label, 6))]:
        _expect_cross_entropy(student, ref, y, t)


@check("cee_batch_mean")
def test_cross_entropy_batch_mean(student, ref, rng):
    for n, classes in [(5, 4), (3, 10)]:
        y = _probabilities(rng, (n, classes))
        t = _one_hot(rng.integers(0, classes, n), classes)
        _expect_cross_entropy(student, ref, y, t, batch_hint="batch_mean")


@check("cee_integer_labels")
def test_cross_entropy_labels(student, ref, rng):
    y = _probabilities(rng, (6, 4))
    labels = rng.integers(0, 4, 6)
    for yy, t in [(y, labels), (y[:1], labels[:1])]:
        _expect_cross_entropy(student, ref, yy, t)


@check("cee_zero_probability")
def test_cross_entropy_exact_zeros(student, ref, rng):
    y = _probabilities(rng, (3, 4))
    labels = np.array([0, 2, 3])
    y[0] = [0.0, 0.5, 0.5, 0.0]  # the right class gets exactly 0: log(0) = -inf
    y[1] = [0.0, 0.0, 1.0, 0.0]  # certain and right, with zeros beside it: 0 * log(0) = nan
    for t in (_one_hot(labels, 4), labels):
        call = call_text("cross_entropy_error", y, t)
        with np.errstate(divide="ignore"):
            want = float(ref.cross_entropy_error(y, t))
        got = _number(student.cross_entropy_error(y, t), call)
        if not np.isfinite(got):
            fail(_("{call} returned {got}, but the loss must stay finite when the network gives "
                   "a probability of exactly 0: log(0) is -infinity (and 0 * log(0) is NaN). "
                   "Add a small delta, 1e-7, before taking the log.").format(
                call=call, got=show(got)), expected(want))
        expect_close(got, want, call=call)


@check("losses_keep_inputs")
def test_losses_keep_their_inputs(student, rng):
    y = _probabilities(rng, (3, 5))
    y[0, 1] = 0.0
    t = _one_hot(np.array([1, 4, 0]), 5)
    for name, args in (("sum_squared_error", (y, t)), ("cross_entropy_error", (y, t)),
                       ("cross_entropy_error", (y[1].copy(), t[1].copy()))):
        call_keeping_inputs(student, name, *args, reshaped_hint="shape_in_place")
