"""Hidden checks for ch06.batch_norm: BatchNormalization's forward in training and in test
mode, its running statistics, and its backward pass, held to the reference layer and to central
differences of the reference's forward, both computed here.

Inputs are drawn so that every feature varies within the batch (a batch variance of at least
0.25): the small constant under the square root (the book's 10e-7, 1e-5 elsewhere) then moves
no value by more than the tolerance."""

from __future__ import annotations

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import _

from . import numerical_gradient, rounded_normal, steps

RTOL, ATOL = 1e-4, 1e-6


def _batch(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Features of different centres and spreads, each varying enough within the batch."""
    d = int(np.prod(shape[1:]))
    for _attempt in range(100):
        x = np.round(rng.normal(rng.uniform(-3, 3, d), rng.uniform(0.5, 3, d),
                                (shape[0], d)), 2)
        if np.min(x.var(axis=0)) >= 0.25:
            break
    return x.reshape(shape)


def _params(rng: np.random.Generator, d: int) -> tuple[np.ndarray, np.ndarray]:
    return np.round(rng.uniform(0.5, 2.0, d), 2), rounded_normal(rng, size=d)


def _made(gamma, beta, **kwargs) -> str:
    return call_text("layer = BatchNormalization", gamma, beta, **kwargs)


def _normalised_per_sample(x, gamma, beta):
    """What forward gives when the mean and variance are taken along the wrong axis."""
    flat = x.reshape(x.shape[0], -1)
    xn = (flat - flat.mean(axis=1, keepdims=True)) / np.sqrt(flat.var(axis=1, keepdims=True))
    return (gamma * xn + beta).reshape(x.shape)


def _expect_forward(got, want, x, gamma, beta, call: str) -> None:
    if (np.shape(got) == np.shape(want) and np.allclose(got, _normalised_per_sample(
            x, gamma, beta), rtol=1e-3, atol=1e-4)):
        fail(_("{call} returned {got}: each sample (row) was normalised over its own "
               "features. Batch normalization normalises each feature (column) over the "
               "samples of the batch: mean and variance along axis 0.").format(
            call=call, got=show(got)), hint="batch_axis")
    expect_close(got, want, call=call, rtol=RTOL, atol=ATOL)


@check("forward_train")
def test_forward_normalises_each_feature_over_the_batch(student, ref, rng):
    for n, d in ((4, 3), (int(rng.integers(5, 9)), 5)):
        x, (gamma, beta) = _batch(rng, (n, d)), _params(rng, d)
        call = steps(_made(gamma, beta), call_text("layer.forward", x))
        got = student.BatchNormalization(gamma, beta).forward(x)
        _expect_forward(got, ref.BatchNormalization(gamma, beta).forward(x), x, gamma, beta,
                        call)
    # the book's known answer: gamma 1 and beta 0 give columns of mean 0 and variance 1
    x = _batch(rng, (6, 4))
    call = steps(_made(np.ones(4), np.zeros(4)), call_text("layer.forward", x))
    got = student.BatchNormalization(np.ones(4), np.zeros(4)).forward(x)
    expect_close(got, ref.BatchNormalization(np.ones(4), np.zeros(4)).forward(x), call=call,
                 rtol=RTOL, atol=ATOL)


@check("forward_nd_input")
def test_forward_flattens_images(student, ref, rng):
    shape = (int(rng.integers(4, 7)), 2, 3, 2)
    x, (gamma, beta) = _batch(rng, shape), _params(rng, 12)
    call = steps(_made(gamma, beta), call_text("layer.forward", x))
    got = student.BatchNormalization(gamma, beta).forward(x)
    _expect_forward(got, ref.BatchNormalization(gamma, beta).forward(x), x, gamma, beta, call)


@check("running_statistics")
def test_training_updates_the_running_statistics(student, ref, rng):
    d, momentum = 3, float(np.round(rng.uniform(0.5, 0.95), 2))
    gamma, beta = _params(rng, d)
    layer = student.BatchNormalization(gamma, beta, momentum=momentum)
    reference = ref.BatchNormalization(gamma, beta, momentum=momentum)
    calls = [_made(gamma, beta, momentum=momentum)]
    for _n in range(3):
        x = _batch(rng, (5, d))
        layer.forward(x)
        reference.forward(x)
        calls.append(call_text("layer.forward", x))
    for name in ("running_mean", "running_var"):
        got = getattr(layer, name)
        expect_close(got, getattr(reference, name), call=_("{call}, then layer.{name}").format(
            call=steps(*calls), name=name), rtol=RTOL, atol=ATOL)


@check("test_mode")
def test_test_mode_uses_the_running_statistics(student, ref, rng):
    d = 4
    gamma, beta = _params(rng, d)
    mean, var = rounded_normal(rng, size=d), np.round(rng.uniform(0.5, 3, d), 2)
    x = _batch(rng, (5, d))
    made = _made(gamma, beta, running_mean=mean, running_var=var)
    call = steps(made, call_text("layer.forward", x, train_flg=False))
    layer = student.BatchNormalization(gamma, beta, running_mean=mean, running_var=var)
    got = layer.forward(x, train_flg=False)
    want = ref.BatchNormalization(gamma, beta, running_mean=mean,
                                  running_var=var).forward(x, train_flg=False)
    batch_stats = ref.BatchNormalization(gamma, beta).forward(x)
    if np.shape(got) == want.shape and np.allclose(got, batch_stats, rtol=RTOL, atol=ATOL):
        # what it returned is what the reference computes in training mode: exam mode says
        # what the numbers are, not the numbers
        fail(reveal(_("{call} returned {got}.").format(call=call, got=show(got)),
                    instead=_("{call}:").format(call=call)),
             _("The layer normalised x with the batch's own mean and variance. In test mode "
               "(train_flg=False), it must use running_mean and running_var, so that a test "
               "sample's output does not depend on the other samples of its batch."),
             hint="test_mode")
    expect_close(got, want, call=call, rtol=RTOL, atol=ATOL)
    for name, value in (("running_mean", mean), ("running_var", var)):
        now = getattr(layer, name)
        if not (isinstance(now, np.ndarray) and np.allclose(now, value)):
            fail(_("{call} changed layer.{name} from {before} to {after}. Test mode only uses "
                   "the running statistics; only training updates them.").format(
                call=call, name=name, before=show(value), after=show(now)), hint="test_mode")


def _forward_backward(student, ref, x, gamma, beta, dout):
    layer, reference = student.BatchNormalization(gamma, beta), ref.BatchNormalization(gamma,
                                                                                       beta)
    layer.forward(x)
    reference.forward(x)
    call = steps(_made(gamma, beta), call_text("layer.forward", x),
                 call_text("layer.backward", dout))
    return layer, layer.backward(dout), reference, reference.backward(dout), call


def _numeric(ref, x, gamma, beta, dout, name: str) -> np.ndarray:
    """Central differences of sum(forward(x) * dout) in x, gamma or beta (training mode): the
    oracle every gradient is also held to."""
    def f(x_, gamma_, beta_):
        return float(np.sum(ref.BatchNormalization(gamma_, beta_).forward(x_) * dout))

    along = {"dx": lambda v: f(v, gamma, beta), "dgamma": lambda v: f(x, v, beta),
             "dbeta": lambda v: f(x, gamma, v)}[name]
    return numerical_gradient(along, {"dx": x, "dgamma": gamma, "dbeta": beta}[name])


@check("backward_dx")
def test_backward_gives_dx(student, ref, rng):
    for shape in ((4, 3), (5, 2, 2, 2)):
        x, (gamma, beta) = _batch(rng, shape), _params(rng, int(np.prod(shape[1:])))
        dout = rounded_normal(rng, size=shape)
        _layer, got, _reference, want, call = _forward_backward(student, ref, x, gamma, beta,
                                                                dout)
        flat = x.reshape(shape[0], -1)
        shortcut = (gamma * dout.reshape(shape[0], -1)
                    / np.sqrt(flat.var(axis=0) + 1e-6)).reshape(shape)
        if np.shape(got) == shape and np.allclose(got, shortcut, rtol=1e-3, atol=1e-5):
            fail(_("{call} returned {got}, that is gamma * dout / std: as if the mean and the "
                   "variance were constants. They are computed from the batch, x included, so "
                   "the gradient also flows back through them.").format(
                call=call, got=show(got)), reveal(_("Expected: {want}").format(want=show(want))),
                hint="through_statistics")
        expect_close(got, want, call=call, rtol=RTOL, atol=ATOL, shape_hint="nd_backward")
        expect_close(got, _numeric(ref, x, gamma, beta, dout, "dx"), call=call, rtol=RTOL,
                     atol=ATOL)


@check("backward_params")
def test_backward_keeps_dgamma_and_dbeta(student, ref, rng):
    n, d = int(rng.integers(4, 8)), 3
    x, (gamma, beta) = _batch(rng, (n, d)), _params(rng, d)
    dout = rounded_normal(rng, size=(n, d))
    layer, _got, reference, _want, call = _forward_backward(student, ref, x, gamma, beta, dout)
    for name in ("dgamma", "dbeta"):
        where = _("{call}, then layer.{name}").format(call=call, name=name)
        value = getattr(layer, name)
        expect_close(value, getattr(reference, name), call=where, rtol=RTOL, atol=ATOL)
        expect_close(value, _numeric(ref, x, gamma, beta, dout, name), call=where, rtol=RTOL,
                     atol=ATOL)
