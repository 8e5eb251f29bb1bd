"""Hidden checks for ch05.layers: Relu, Sigmoid, Affine and SoftmaxWithLoss. Each check makes
one of the learner's layers in the worker, drives it by its handle (forward, then backward),
and holds the result to the reference layer and to central differences of the reference's
forward, both computed here. Inputs include exact zeros for Relu, N-D input for Affine, and
batches of one row and of several."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, expected, fail, reveal, show
from grader.i18n import _

from . import expect_gradient, numerical_gradient, steps


def _normal(rng, *args, **kwargs):
    """Normal random numbers with two decimals: failures that are easy to read."""
    return np.round(rng.normal(*args, **kwargs), 2)


def _forward_backward(student, ref, name, init, x, dout, *extra):
    """The learner's layer and the reference's after forward(x, *extra) then backward(dout)."""
    layer, reference = getattr(student, name)(*init), getattr(ref, name)(*init)
    made = call_text(name, *init) if init else f"{name}()"
    forward = call_text("layer.forward", x, *extra)
    layer.forward(x, *extra)
    reference.forward(x, *extra)
    call = steps(f"layer = {made}", forward, call_text("layer.backward", dout))
    return layer, layer.backward(dout), reference, reference.backward(dout), call


def _elementwise_numeric(ref, name, x, dout):
    """d sum(forward(x) * dout) / dx for an elementwise layer, by central differences."""
    return numerical_gradient(lambda v: float(np.sum(getattr(ref, name)().forward(v) * dout)), x)


def _close(got, want) -> bool:
    """Whether the learner's result is these numbers (False for anything else)."""
    return (isinstance(got, (np.ndarray, np.generic)) and np.shape(got) == np.shape(want)
            and got.dtype.kind in "biuf" and bool(np.allclose(got, want)))


# ---------------------------------------------------------------------- Relu


def _relu_input(rng, shape):
    """Random values, some of them exactly 0 (where the book's mask x <= 0 decides)."""
    x = _normal(rng, size=shape)
    x[np.abs(x) < 0.01] = 0.5  # no value so near the kink that central differences straddle it
    x.flat[rng.choice(x.size, max(2, x.size // 4), replace=False)] = 0.0
    return x


@check("relu_forward")
def test_relu_forward(student, ref, rng):
    for x in (_relu_input(rng, (3, 4)), _relu_input(rng, 6)):
        call = steps("layer = Relu()", call_text("layer.forward", x))
        got = student.Relu().forward(x)
        largest = any(_close(got, np.max(x, axis=axis)) for axis in (None, 0, -1))
        expect_close(got, ref.Relu().forward(x), call=call,
                     hint="relu_np_max" if largest else None)


@check("relu_backward")
def test_relu_backward(student, ref, rng):
    for shape in ((1, 5), (3, 4)):
        x, dout = _relu_input(rng, shape), _normal(rng, size=shape)
        _layer, got, _reference, want, call = _forward_backward(student, ref, "Relu", (), x, dout)
        zeros = x == 0
        if np.shape(got) == x.shape and np.any(np.asarray(got)[zeros] != 0):
            fail(_("{call} let the gradient through where x is exactly 0: {got}. In the book, "
                   "the mask is x <= 0, so at x = 0 nothing flows back.").format(
                call=call, got=show(got)), hint="relu_zero")
        expect_close(got, want, call=call)
        # away from the kink at 0, the slope is that of forward
        numeric = _elementwise_numeric(ref, "Relu", x, dout)
        expect_gradient(np.where(zeros, 0, got), want, np.where(zeros, 0, numeric), call=call)


# ---------------------------------------------------------------------- Sigmoid


@check("sigmoid_forward")
def test_sigmoid_forward(student, ref, rng):
    for x in (_normal(rng, 0, 3, (3, 4)), _normal(rng, 0, 3, 5)):
        call = steps("layer = Sigmoid()", call_text("layer.forward", x))
        got, want = student.Sigmoid().forward(x), ref.Sigmoid().forward(x)
        expect_close(got, want, call=call, hint="sigmoid_sign" if _close(got, 1 - want) else None)


@check("sigmoid_backward")
def test_sigmoid_backward(student, ref, rng):
    for shape in ((1, 4), (3, 4)):
        x, dout = _normal(rng, 0, 2, shape), _normal(rng, size=shape)
        _layer, got, reference, want, call = _forward_backward(
            student, ref, "Sigmoid", (), x, dout)
        y = reference.out
        if np.shape(got) == np.shape(want) and np.allclose(got, dout * (1 - y)):
            fail(_("{call} returned {got}: that is dout * (1 - y), without the factor y. The "
                   "derivative of the sigmoid is y * (1 - y).").format(call=call, got=show(got)),
                 hint="sigmoid_factor_y")
        expect_gradient(got, want, _elementwise_numeric(ref, "Sigmoid", x, dout), call=call)


# ---------------------------------------------------------------------- Affine


def _affine_case(rng, shape, m):
    d = int(np.prod(shape[1:]))
    return _normal(rng, size=shape), _normal(rng, size=(d, m)), _normal(rng, size=m)


@check("affine_forward")
def test_affine_forward(student, ref, rng):
    for shape, m in (((1, 3), 2), ((4, 3), 5)):
        x, W, b = _affine_case(rng, shape, m)
        call = steps(call_text("layer = Affine", W, b), call_text("layer.forward", x))
        expect_close(student.Affine(W, b).forward(x), ref.Affine(W, b).forward(x), call=call)


def _affine_numeric(ref, x, W, b, dout):
    """Central differences of sum(Affine(W, b).forward(x) * dout) in x, W and b."""
    def f(x_, W_, b_):
        return float(np.sum(ref.Affine(W_, b_).forward(x_) * dout))

    return {"dx": numerical_gradient(lambda v: f(v, W, b), x),
            "dW": numerical_gradient(lambda v: f(x, v, b), W),
            "db": numerical_gradient(lambda v: f(x, W, v), b)}


def _expect_affine_backward(student, ref, x, W, b, dout, *, hint=None):
    layer, got, reference, want, call = _forward_backward(student, ref, "Affine", (W, b), x,
                                                          dout)
    numeric = _affine_numeric(ref, x, W, b, dout)
    expect_gradient(got, want, numeric["dx"], call=call, hint=hint, shape_hint=hint)
    n = x.shape[0]
    for name in ("dW", "db"):
        value, want = getattr(layer, name), getattr(reference, name)
        where = _("{call}, then layer.{name}").format(call=call, name=name)
        if name == "db" and isinstance(value, np.ndarray):
            if n > 1 and value.shape == dout.shape:
                fail(_("{where} has shape {got}, the shape of dout: it should be {want}. b is "
                       "added to every row of the batch, so its gradient is the sum of dout "
                       "over the rows.").format(where=where, got=value.shape,
                                                want=want.shape), hint="db_sum")
            if (n > 1 and value.shape == want.shape
                    and np.allclose(value, want / n) and not np.allclose(want, 0)):
                fail(_("{where} is {got}, the mean of dout over the {n} rows; it should be "
                       "their sum. The division by the batch size is done once, in "
                       "SoftmaxWithLoss.").format(where=where, got=show(value), n=n),
                     expected(want), hint="db_sum")
        expect_gradient(value, want, numeric[name], call=where,
                        hint="db_sum" if name == "db" else hint)


@check("affine_backward")
def test_affine_backward(student, ref, rng):
    for shape, m in (((1, 3), 2), ((5, 3), 4)):
        x, W, b = _affine_case(rng, shape, m)
        _expect_affine_backward(student, ref, x, W, b, _normal(rng, size=(shape[0], m)))


@check("affine_nd_input")
def test_affine_nd_input(student, ref, rng):
    for shape, m in (((2, 2, 3, 2), 3), ((1, 3, 2), 2)):
        x, W, b = _affine_case(rng, shape, m)
        call = steps(call_text("layer = Affine", W, b), call_text("layer.forward", x))
        expect_close(student.Affine(W, b).forward(x), ref.Affine(W, b).forward(x), call=call)
        _expect_affine_backward(student, ref, x, W, b, _normal(rng, size=(shape[0], m)),
                                hint="nd_input")


# ---------------------------------------------------------------------- SoftmaxWithLoss


def _scores_and_targets(rng, n, classes=3):
    x = _normal(rng, size=(n, classes))
    labels = rng.integers(0, classes, n)
    return x, [np.eye(classes)[labels], labels]


@check("softmax_loss_forward")
def test_softmax_with_loss_forward(student, ref, rng):
    for n in (1, 4):
        x, targets = _scores_and_targets(rng, n)
        for t in targets:
            call = steps("layer = SoftmaxWithLoss()", call_text("layer.forward", x, t))
            got = student.SoftmaxWithLoss().forward(x, t)
            if np.ndim(got) != 0:
                fail(_("{call} returned {got}; the loss is one number for the whole batch.")
                     .format(call=call, got=show(got)))
            expect_close(got, ref.SoftmaxWithLoss().forward(x, t), call=call)


@check("softmax_loss_backward")
def test_softmax_with_loss_backward(student, ref, rng):
    for n in (1, 4):
        x, targets = _scores_and_targets(rng, n)
        for t in targets:
            layer, reference = student.SoftmaxWithLoss(), ref.SoftmaxWithLoss()
            layer.forward(x, t)
            reference.forward(x, t)
            call = steps("layer = SoftmaxWithLoss()", call_text("layer.forward", x, t),
                         "layer.backward()")
            got, want = layer.backward(), reference.backward()
            if (n > 1 and np.shape(got) == want.shape
                    and np.allclose(got, want * n)):
                fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                     reveal(_("That is {n} times the expected {want}.").format(
                         n=n, want=show(want))),
                     _("The loss is a mean over the {n} rows, so its gradient is (y - t) / N, "
                       "divided by the batch size N = {n}.").format(n=n), hint="divide_by_n")
            numeric = numerical_gradient(
                lambda v, t=t: float(ref.SoftmaxWithLoss().forward(v, t)), x)
            expect_gradient(got, want, numeric, call=call,
                            hint="labels" if t.ndim == 1 else None)
