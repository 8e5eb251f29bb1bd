"""Hidden checks for ch03.activations: values, integer output of the step, shapes, sigmoid far
from 0, relu leaving its input alone, the identity."""

import numpy as np

from grader.checks.api import (
    call_text,
    check,
    expect_close,
    expect_equal,
    expected,
    fail,
    reveal,
    show,
)
from grader.i18n import _
from grader.sandbox.session import WorkerError

from . import call_keeping_input

FUNCTIONS = ("step_function", "sigmoid", "relu", "identity_function")


def _inputs(rng, n=40):
    """Random values in [-6, 6] with the edge cases 0 and ±1 among them, shuffled."""
    x = np.concatenate([rng.uniform(-6, 6, n - 5), [0.0, 1.0, -1.0, 1e-3, -1e-3]])
    return rng.permutation(x)


def _reference(ref, name, x):
    with np.errstate(over="ignore"):
        return getattr(ref, name)(x)


def _step(student, x):
    """`student.step_function(x)`, naming the classic `dtype=np.int` mistake when it is made."""
    try:
        return student.step_function(x)
    except WorkerError as exc:
        detail = exc.detail
        if (exc.kind == "exception" and detail.get("type") == "AttributeError"
                and "attribute 'int'" in str(detail.get("message"))):
            fail(_("{call} raised AttributeError: np.int does not exist any more (it was removed "
                   "from NumPy in version 1.24, although old tutorials still use it). Write "
                   "dtype=int instead.").format(call=call_text("step_function", x)),
                 hint="np_int")
        raise


def _expect_elementwise(got, want, x, name, mistake=None):
    """Compare an elementwise function's output and, when it is wrong, name one input where it
    goes wrong: in a long array, the one element that matters would be hidden. `mistake(got)`
    names the hint of a misconception it recognises (None: the catalog's)."""
    call = call_text(name, x)
    hint = mistake(got) if mistake else None
    values = np.asarray(got) if isinstance(got, np.ndarray) else None
    if values is None or values.shape != want.shape or values.dtype.kind not in "biuf":
        expect_close(got, want, call=call, hint=hint)  # what is wrong with the type or shape
    wrong = ~np.isclose(values.astype(float), want, rtol=1e-6, atol=1e-8)
    if np.any(wrong):
        i = int(np.argmax(wrong))
        fail(_("{call} is wrong for {count} of the {n} inputs. For example, for x = {x} it gives "
               "{got}.").format(call=call, count=int(wrong.sum()), n=wrong.size,
                                x=show(float(x[i])), got=show(values[i].item())),
             reveal(_("The expected value there is {want}.").format(want=show(want[i].item()))),
             hint=hint)


def _numbers(got) -> np.ndarray | None:
    """The learner's result as floats, or None when it is not numbers."""
    values = np.asarray(got) if isinstance(got, (np.ndarray, np.generic, int, float)) else None
    return values.astype(float) if values is not None and values.dtype.kind in "biuf" else None


@check("step_values")
def test_step_function_values(student, ref, rng):
    x = _inputs(rng)
    want = ref.step_function(x)

    def at_zero(got):  # right everywhere but at exactly 0: >= instead of >
        values = _numbers(got)
        if values is None or values.shape != x.shape:
            return None
        wrong = values != want
        return "step_at_zero" if np.any(wrong) and np.all(x[wrong] == 0) else None

    _expect_elementwise(_step(student, x), want, x, "step_function", at_zero)


@check("step_integer_dtype")
def test_step_function_returns_integers(student, rng):
    for x in (_inputs(rng, 8), np.array([-2, 0, 3])):
        got = _step(student, x)
        dtype = np.asarray(got).dtype
        if dtype.kind not in "iu":
            fail(_("{call} returned {got}, of dtype {dtype}; the step function should give "
                   "integers 0 and 1 (dtype int), not {dtype}.").format(
                call=call_text("step_function", x), got=show(got), dtype=dtype))


@check("activations_keep_shape")
def test_activations_keep_shape(student, ref, rng):
    inputs = [float(rng.uniform(-3, 3)), 0.0, rng.uniform(-3, 3, (3, 4)),
              rng.uniform(-3, 3, (2, 3, 2)), np.array([[-1.5]])]
    for name in FUNCTIONS:
        for x in inputs:
            call = call_text(name, x)
            got = _step(student, x) if name == "step_function" else getattr(student, name)(x)
            want = _reference(ref, name, x)
            if got is None:
                fail(_("{call} returned None. Did you forget the return statement?").format(
                    call=call), hint="no_return")
            if np.ndim(want) == 0 and np.ndim(got) != 0:
                fail(_("{call} returned {got}; for a single number it should return a single "
                       "number (or a 0-d array).").format(call=call, got=show(got)),
                     expected(want))
            if np.shape(got) != np.shape(want):
                fail(_("{call} returned shape {got}; it should keep the input's shape {want}, "
                       "one output per input.").format(call=call, got=np.shape(got),
                                                        want=np.shape(want)))


@check("sigmoid_values")
def test_sigmoid_values(student, ref, rng):
    x = _inputs(rng)
    want = ref.sigmoid(x)

    def mirrored(got):  # exp(x) for exp(-x): the sigmoid of -x, which is 1 - sigmoid(x)
        values = _numbers(got)
        return ("sigmoid_sign" if values is not None and values.shape == want.shape
                and np.allclose(values, 1 - want) else None)

    _expect_elementwise(student.sigmoid(x), want, x, "sigmoid", mirrored)


@check("sigmoid_extremes")
def test_sigmoid_far_from_zero(student, ref, rng):
    x = np.array([-1000.0, -745.0, -100.0, -float(rng.uniform(30, 60)), 0.0,
                  float(rng.uniform(30, 60)), 100.0, 745.0, 1000.0])
    call = call_text("sigmoid", x)
    got = student.sigmoid(x)
    want = _reference(ref, "sigmoid", x)
    expect_close(got, want, call=call, atol=1e-12)
    values = np.asarray(got, dtype=float)
    if np.any(values < 0) or np.any(values > 1):
        fail(_("{call} returned {got}; a sigmoid stays between 0 and 1.").format(
            call=call, got=show(got)))


@check("relu_values")
def test_relu_values(student, ref, rng):
    x = _inputs(rng)

    def largest(got):  # np.max(x, 0): one number, the largest element
        values = _numbers(got)
        return ("relu_np_max" if values is not None and values.size == 1
                and np.isclose(values.item(), np.max(x)) else None)

    _expect_elementwise(student.relu(x), ref.relu(x), x, "relu", largest)


@check("relu_keeps_input")
def test_relu_leaves_its_input_alone(student, rng):
    call_keeping_input(student, "relu", _inputs(rng, 10))


@check("identity_returns_x")
def test_identity_returns_its_input(student, rng):
    for x in (rng.normal(size=6), rng.normal(size=(2, 3)), 2.5):
        got = student.identity_function(x)
        if got is None:
            fail(_("{call} returned None. Did you forget the return statement?").format(
                call=call_text("identity_function", x)), hint="no_return")
        expect_equal(got, x, call=call_text("identity_function", x))
