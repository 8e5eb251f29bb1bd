"""Hidden checks for ch05.two_layer_net: the parameters and the layers built on them, predict,
loss and accuracy against the reference layers given the same parameters, and the gradient by
backpropagation against central differences computed here, in float64, to 1e-6 on every
parameter. Small networks, so that the numerical gradients stay fast.

The parameters are drawn here and written into the learner's `net.params` in place
(`params[key][...] = value`), as a training step changes them: the layers must see them."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, expected, fail, reveal, show
from grader.i18n import _, number

from ..ch04_learning import assign_params
from ..ch04_learning import test_two_layer_net as chapter4
from . import network_scores, numerical_gradient, steps

KEYS = chapter4.KEYS
SIZES = (4, 5, 3)
STD = 0.5  # weights large enough for every gradient to matter, small enough for smooth losses
TOLERANCE = 1e-6


def _network(student, rng, sizes=SIZES):
    """The learner's network, holding random parameters drawn here (biases too), and a text
    that says how it was made."""
    params = {key: rng.normal(0.0, STD, shape) for key, shape in chapter4._shapes(*sizes).items()}
    net = student.TwoLayerNet(*sizes)
    chapter4._params_of(net, call_text("TwoLayerNet", *sizes))
    assign_params(student, net, params)
    sizes_text = " ".join(f"{k} {np.shape(v)}" for k, v in params.items())
    made = steps(call_text("net = TwoLayerNet", *sizes),
                 _("random values written into net.params in place ({sizes})").format(
                     sizes=sizes_text))
    return net, params, made


def _scores(ref, params, x):
    """What predict should give: the reference layers Affine -> Relu -> Affine."""
    hidden = ref.Relu().forward(ref.Affine(params["W1"], params["b1"]).forward(x))
    return ref.Affine(params["W2"], params["b2"]).forward(hidden)


def _loss(params, x, labels, delta=0.0):
    """The network's loss written out in NumPy: the oracle for the gradients, here. With
    delta=0, the exact cross-entropy: backprop's (y - t) / N is the slope of that one, while
    cross_entropy_error's 1e-7 shifts the slopes by up to a few 1e-6."""
    scores = network_scores(params, x)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    y = e / e.sum(axis=1, keepdims=True)
    return -np.mean(np.log(y[np.arange(len(x)), labels] + delta))


def _numerical(params, x, labels, delta=0.0):
    """d loss / d each parameter by central differences, the others held fixed."""
    def along(key):
        return lambda value: _loss({**params, key: value}, x, labels, delta)

    return {key: numerical_gradient(along(key), params[key]) for key in KEYS}


def _inputs(rng, params, n, sizes=SIZES):
    """A batch x, its labels and one-hot targets, drawn again until no hidden unit sits so
    close to ReLU's kink at 0 that central differences would straddle it."""
    for _attempt in range(100):
        x = rng.normal(size=(n, sizes[0]))
        if np.min(np.abs(x @ params["W1"] + params["b1"])) > 0.01:
            break
    labels = rng.integers(0, sizes[2], n)
    return x, labels, np.eye(sizes[2])[labels]


@check("params_init")
def test_params_initial_values(student, rng):
    chapter4.test_params_initial_values(student, rng)


@check("layers_share_params")
def test_layers_see_parameters_changed_in_place(student, ref, rng):
    made = call_text("net = TwoLayerNet", *SIZES)
    net = student.TwoLayerNet(*SIZES)
    x = rng.normal(size=(3, SIZES[0]))
    before = net.predict(x)
    new = {key: rng.normal(0.0, STD, shape) for key, shape in chapter4._shapes(*SIZES).items()}
    assign_params(student, net, new)
    call = steps(made, call_text("net.predict", x),
                 _("net.params[key][...] = new values (in place, as a training step does, "
                   "biases included)"), call_text("net.predict", x))
    got = net.predict(x)
    if np.shape(got) == np.shape(before) and np.array_equal(got, before):
        fail(_("{call} gave the same scores before and after the parameters changed: {got}. "
               "The layers compute with arrays of their own, not with those of "
               "net.params.").format(call=call, got=show(got)))
    expect_close(got, _scores(ref, new, x), call=call, hint="predict")


@check("predict_scores")
def test_predict(student, ref, rng):
    net, params, made = _network(student, rng)
    for n in (1, 6):
        x = rng.normal(size=(n, SIZES[0]))
        call = steps(made, call_text("net.predict", x))
        got, want = net.predict(x), _scores(ref, params, x)
        if chapter4._matches(got, chapter4._softmax(want)):
            fail(_("{call} returned {got}, the softmax of the expected scores. In this "
                   "chapter predict stops at the last Affine layer: the softmax is applied by "
                   "SoftmaxWithLoss, in loss.").format(call=call, got=show(got)),
                 reveal(_("The expected scores: {want}").format(want=show(want))),
                 hint="scores")
        hidden = chapter4._sigmoid(x @ params["W1"] + params["b1"])
        if chapter4._matches(got, hidden @ params["W2"] + params["b2"]):
            fail(_("{call} returned {got}: the hidden layer applies the sigmoid, where this "
                   "network uses Relu.").format(call=call, got=show(got)), hint="hidden_relu")
        expect_close(got, want, call=call)


@check("loss_values")
def test_loss(student, ref, rng):
    net, params, made = _network(student, rng)
    x, labels, one_hot = _inputs(rng, params, 6)
    for t in (one_hot, labels):
        got = net.loss(x, t)
        call = steps(made, call_text("net.loss", x, t))
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the loss is one number for the whole batch.").format(
                call=call, got=show(got)))
        expect_close(got, ref.SoftmaxWithLoss().forward(_scores(ref, params, x), t), call=call)


@check("accuracy_values")
def test_accuracy(student, ref, rng):
    net, params, made = _network(student, rng)
    x = rng.normal(size=(10, SIZES[0]))
    labels = np.argmax(_scores(ref, params, x), axis=1)
    labels[:4] = (labels[:4] + 1) % SIZES[2]  # 6 of 10 right
    for t in (np.eye(SIZES[2])[labels], labels):
        call = steps(made, call_text("net.accuracy", x, t))
        got = net.accuracy(x, t)
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the accuracy is one number between 0 and 1.").format(
                call=call, got=show(got)), expected(0.6))
        expect_close(got, 0.6, call=call)


@check("numerical_gradient_values")
def test_numerical_gradient(student, rng):
    sizes = (3, 4, 2)
    net, params, made = _network(student, rng, sizes)
    x, labels, t = _inputs(rng, params, 3, sizes)
    call = steps(made, call_text("net.numerical_gradient", x, t))
    got = chapter4.gradient_dict(net.numerical_gradient(x, t), call)
    want = _numerical(params, x, labels, delta=1e-7)  # as cross_entropy_error has it
    for key in KEYS:
        chapter4.expect_zero_only_where_expected(got[key], want[key], call=f"{call}['{key}']")
        expect_close(got[key], want[key], call=f"{call}['{key}']", rtol=1e-5, atol=1e-8)


@check("gradient_matches_numerical")
def test_backprop_matches_numerical_gradient(student, rng):
    net, params, made = _network(student, rng)
    for n, kind in ((1, "labels"), (5, "one_hot"), (4, "labels")):
        x, labels, one_hot = _inputs(rng, params, n)
        t = labels if kind == "labels" else one_hot
        call = steps(made, call_text("net.gradient", x, t))
        got = chapter4.gradient_dict(net.gradient(x, t), call)
        want = _numerical(params, x, labels)  # float64, here: the oracle
        shapes = {v.shape for v in want.values()}  # another parameter's: the wrong layer read
        for key in KEYS:
            value = got[key]
            if not isinstance(value, (np.ndarray, np.generic)) or value.shape != want[key].shape:
                fail(_("{call}['{key}'] is {got}; it should be an array of shape {shape}, the "
                       "shape of net.params['{key}'].").format(
                    call=call, key=key, got=show(value), shape=want[key].shape),
                     hint="layer_grads" if np.shape(value) in shapes else None)
            error = float(np.max(np.abs(value.astype(float) - want[key])))
            if not error <= TOLERANCE:
                fail(reveal(_("{call}['{key}'] differs from the numerical gradient of the loss "
                              "by up to {error} (at most {tolerance} is allowed).").format(
                    call=call, key=key, error=number(error, 9), tolerance=TOLERANCE),
                            instead=_("{call}['{key}'] differs from the numerical gradient of "
                                      "the loss by more than {tolerance}.").format(
                                call=call, key=key, tolerance=TOLERANCE)),
                     _("Backprop gave: {got}").format(got=show(value, 6)),
                     reveal(_("Numerical:    {want}").format(want=show(want[key], 6))))
