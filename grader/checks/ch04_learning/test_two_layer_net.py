"""Hidden checks for ch04.two_layer_net: the shapes and starting values of the parameters, then
predict, loss, accuracy and numerical_gradient against the reference network given the same
parameters (a small network, so that the numerical gradient stays fast)."""

import numpy as np

from grader.checks.api import (
    attribute_proxy,
    call_text,
    check,
    expect_close,
    expected,
    fail,
    show,
)
from grader.i18n import _

KEYS = ("W1", "b1", "W2", "b2")


def _shapes(d_in, hidden, d_out):
    return {"W1": (d_in, hidden), "b1": (hidden,), "W2": (hidden, d_out), "b2": (d_out,)}


def _params_of(net, call):
    params = net.params
    if not isinstance(params, dict) or sorted(params) != sorted(KEYS):
        fail(_("After {call}, net.params is {got}; it should be a dict with the keys W1, b1, W2 "
               "and b2.").format(call=call, got=show(params)), hint="param_shapes")
    return params


def _random_params(rng, d_in, hidden, d_out):
    return {k: rng.normal(0.0, 1.0, shape) for k, shape in _shapes(d_in, hidden, d_out).items()}


def _nets(student, ref, rng, sizes=(4, 5, 3)):
    """The learner's network and the reference one, both holding the same random parameters.

    The network is made as the book makes it, with the sizes only: no check depends on `seed`,
    the kit's addition; the parameters are set here."""
    net = student.TwoLayerNet(*sizes)
    params = _random_params(rng, *sizes)
    proxy = attribute_proxy(net, "params")
    for key, value in params.items():
        proxy[key] = value
    ref_net = ref.TwoLayerNet(*sizes)
    ref_net.params = {k: v.copy() for k, v in params.items()}
    return net, ref_net, params


def _on(call, params):
    """The call, saying that the network held random parameters (the same in the reference)."""
    sizes = " ".join(f"{k} {np.shape(v)}" for k, v in params.items())
    return _("{call}, with random values set in net.params ({sizes}), the same as in the "
             "reference network").format(call=call, sizes=sizes)


def _sigmoid(a):
    return 1 / (1 + np.exp(-a))


def _softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def _matches(got, want) -> bool:
    got = np.asarray(got)
    return (got.shape == np.shape(want) and got.dtype.kind in "biuf"
            and bool(np.allclose(got.astype(float), want, rtol=1e-6, atol=1e-8)))


@check("params_shapes")
def test_params_shapes(student, rng):
    for sizes in [(4, 5, 3), (2, 7, 6)]:
        call = call_text("TwoLayerNet", *sizes)
        params = _params_of(student.TwoLayerNet(*sizes), call)
        for key, want in _shapes(*sizes).items():
            got = np.shape(params[key])
            if got != want:
                fail(_("After {call}, net.params['{key}'] has shape {got}; it should be {want}, "
                       "so that x @ W1 + b1 works for a batch x of shape (N, {d_in}).").format(
                    call=call, key=key, got=got, want=want, d_in=sizes[0]),
                     hint="w_transposed" if got == want[::-1] else None)


@check("params_init")
def test_params_initial_values(student, rng):
    """The spread of the weights and the zero biases, on a network large enough for the
    spread to be measured whatever generator drew them (the book's np.random.randn too)."""
    for std in (0.01, 0.5):
        call = call_text("TwoLayerNet", 30, 40, 10, weight_init_std=std)
        params = _params_of(student.TwoLayerNet(30, 40, 10, weight_init_std=std), call)
        for key in ("b1", "b2"):
            if np.any(np.asarray(params[key]) != 0):
                fail(_("After {call}, net.params['{key}'] is {got}; biases start at zero.")
                     .format(call=call, key=key, got=show(params[key])), hint="zero_biases")
        for key in ("W1", "W2"):
            w = np.asarray(params[key], dtype=float)
            if not 0.75 * std < w.std() < 1.25 * std or abs(w.mean()) > 0.3 * std:
                fail(_("After {call}, net.params['{key}'] has mean {mean} and standard "
                       "deviation {got}; the weights should be drawn from a normal distribution "
                       "with mean 0 and standard deviation weight_init_std = {std}.").format(
                    call=call, key=key, mean=f"{w.mean():.4g}", got=f"{w.std():.4g}", std=std),
                     hint="init_scale")


@check("predict_values")
def test_predict(student, ref, rng):
    net, ref_net, params = _nets(student, ref, rng)
    for x in (rng.normal(size=(6, 4)), rng.normal(size=4)):
        call = _on(call_text("net.predict", x), params)
        got = net.predict(x)
        a1 = x @ params["W1"] + params["b1"]
        if _matches(got, _softmax(a1 @ params["W2"] + params["b2"])):
            fail(_("{call} returned {got}: the hidden layer's weighted sums reach the second "
                   "layer without the sigmoid.").format(call=call, got=show(got)),
                 hint="hidden_sigmoid")
        if _matches(got, _sigmoid(_sigmoid(a1) @ params["W2"] + params["b2"])):
            fail(_("{call} returned {got}: the output layer applies the sigmoid, so the rows "
                   "do not add up to 1. The output layer of a classifier applies softmax.")
                 .format(call=call, got=show(got)), hint="softmax_output")
        expect_close(got, ref_net.predict(x), call=call)


@check("loss_values")
def test_loss(student, ref, rng):
    net, ref_net, params = _nets(student, ref, rng)
    x = rng.normal(size=(6, 4))
    labels = rng.integers(0, 3, 6)
    for t in (np.eye(3)[labels], labels):
        call = _on(call_text("net.loss", x, t), params)
        got = net.loss(x, t)
        y = ref_net.predict(x)
        if np.ndim(got) == 0 and np.isclose(float(got), 0.5 * np.sum((y - np.eye(3)[labels])
                                                                      ** 2)):
            fail(_("{call} returned {got}, the sum of squared errors of the prediction: this "
                   "network's loss is the cross-entropy.").format(call=call, got=show(got)),
                 hint="cross_entropy")
        expect_close(got, ref_net.loss(x, t), call=call)


@check("accuracy_values")
def test_accuracy(student, ref, rng):
    """One-hot targets, as the book's chapter-4 network expects (its accuracy takes the
    argmax of t)."""
    net, ref_net, params = _nets(student, ref, rng)
    x = rng.normal(size=(10, 4))
    labels = np.argmax(ref_net.predict(x), axis=1)
    labels[:4] = (labels[:4] + 1) % 3  # 6 of 10 right
    t = np.eye(3)[labels]
    call = _on(call_text("net.accuracy", x, t), params)
    got = net.accuracy(x, t)
    want = ref_net.accuracy(x, t)
    if np.ndim(got) != 0:
        fail(_("{call} returned {got}; the accuracy is one number between 0 and 1.").format(
            call=call, got=show(got)), expected(want))
    expect_close(got, want, call=call)


@check("numerical_gradient_values")
def test_numerical_gradient(student, ref, rng):
    net, ref_net, params = _nets(student, ref, rng, sizes=(3, 4, 2))
    x = rng.normal(size=(5, 3))
    t = np.eye(2)[rng.integers(0, 2, 5)]
    plain = call_text("net.numerical_gradient", x, t)
    call = _on(plain, params)
    got = gradient_dict(net.numerical_gradient(x, t), call)
    want = ref_net.numerical_gradient(x, t)
    for key in KEYS:
        expect_zero_only_where_expected(got[key], want[key], call=_on(f'{plain}["{key}"]', params))
        expect_close(got[key], want[key], call=_on(f'{plain}["{key}"]', params),
                     rtol=1e-5, atol=1e-8)
    after = net.params
    if not all(np.array_equal(after[k], params[k]) for k in KEYS):
        fail(_("{call} changed the network's parameters: they must be as they were once the "
               "gradient is computed.").format(call=call))


def gradient_dict(got, call):
    """The learner's gradients, a dict with one entry per parameter (the biases too)."""
    if not isinstance(got, dict) or sorted(got) != sorted(KEYS):
        fail(_("{call} returned {got}; it should return a dict with one gradient per parameter: "
               "W1, b1, W2 and b2.").format(call=call, got=show(got)), hint="net_gradient_keys")
    return got


def expect_zero_only_where_expected(got, want, *, call: str) -> None:
    """A gradient of zeros where the loss does depend on the parameter: the loss never saw the
    parameter move, which happens when numerical_gradient was given a copy of it."""
    values = np.asarray(got)
    if values.shape == np.shape(want) and values.dtype.kind in "biuf" and \
            np.all(values == 0) and not np.allclose(want, 0):
        fail(_("{call} returned only zeros, although the loss does depend on this parameter: "
               "the loss never saw it move.").format(call=call), hint="net_gradient_copy")
