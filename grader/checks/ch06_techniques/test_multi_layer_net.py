"""Hidden checks for ch06.multi_layer_net: the parameters and their initial scale, predict,
loss with weight decay, accuracy, and the gradient by backpropagation held to central
differences of the network's loss, with ReLU or sigmoid, weight decay, batch normalization and
dropout.

The network is written out below in NumPy (float64): it is the oracle of every value. Random
parameters drawn here are written into the learner's `net.params` in place, as a training
step changes them, so the layers must be built on those very arrays."""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import _, number

from . import assign_params, numerical_gradient, steps

SIZES = (4, [5, 4], 3)
STD = 0.5  # weights large enough for every gradient to matter, small enough for smooth losses
BN_EPS = 1e-6  # the book's 10e-7
DELTA = 1e-7  # cross_entropy_error's: the learner's numerical_gradient sees it
ACTIVATIONS = {"relu": lambda a: np.maximum(a, 0), "sigmoid": lambda a: 1 / (1 + np.exp(-a))}
INIT_SIZES = (200, [150, 100], 80)  # large layers: their standard deviations within 1 %
INIT_TOLERANCE = 0.05


# ---------------------------------------------------------------------- the network, written out


def hidden_count(params: dict) -> int:
    return sum(1 for key in params if key.startswith("W")) - 1


def scores(params: dict, x: np.ndarray, activation: str = "relu", *, batchnorm: bool = False,
           keep: float = 1.0, pre_activations: list | None = None) -> np.ndarray:
    """Affine -> (batch norm, training mode) -> activation (scaled by `keep`, test-mode
    dropout) per hidden layer, then the last Affine. `pre_activations` collects what enters
    each activation."""
    h = x
    for i in range(1, hidden_count(params) + 1):
        a = h @ params[f"W{i}"] + params[f"b{i}"]
        if batchnorm:
            a = (params[f"gamma{i}"] * (a - a.mean(axis=0)) / np.sqrt(a.var(axis=0) + BN_EPS)
                 + params[f"beta{i}"])
        if pre_activations is not None:
            pre_activations.append(a)
        h = ACTIVATIONS[activation](a) * keep
    last = hidden_count(params) + 1
    return h @ params[f"W{last}"] + params[f"b{last}"]


def decay(params: dict, lam: float) -> float:
    return 0.5 * lam * sum(float(np.sum(v**2)) for k, v in params.items() if k.startswith("W"))


def loss(params: dict, x: np.ndarray, labels: np.ndarray, activation: str = "relu", *,
         lam: float = 0.0, batchnorm: bool = False, delta: float = 0.0) -> float:
    """Mean cross-entropy of the softmax of the scores, plus the weight decay term. With
    delta = 0 the exact cross-entropy, whose slope backpropagation computes."""
    s = scores(params, x, activation, batchnorm=batchnorm)
    e = np.exp(s - s.max(axis=1, keepdims=True))
    y = e / e.sum(axis=1, keepdims=True)
    return float(-np.mean(np.log(y[np.arange(len(x)), labels] + delta)) + decay(params, lam))


def numerical(params: dict, x, labels, activation="relu", **options) -> dict:
    """d loss / d each parameter by central differences, the others held fixed."""
    def along(key):
        return lambda value: loss({**params, key: value}, x, labels, activation, **options)

    return {key: numerical_gradient(along(key), value) for key, value in params.items()}


# ---------------------------------------------------------------------- the learner's network


def shapes(sizes=SIZES, batchnorm: bool = False) -> dict[str, tuple]:
    input_size, hidden, output_size = sizes
    all_sizes = [input_size, *hidden, output_size]
    found = {}
    for i, (n_in, n_out) in enumerate(pairwise(all_sizes), start=1):
        found[f"W{i}"], found[f"b{i}"] = (n_in, n_out), (n_out,)
        if batchnorm and i <= len(hidden):
            found[f"gamma{i}"], found[f"beta{i}"] = (n_out,), (n_out,)
    return found


def _random_params(rng, batchnorm=False) -> dict:
    params = {key: rng.normal(0.0, STD, shape)
              for key, shape in shapes(batchnorm=batchnorm).items()}
    for key in params:
        if key.startswith("gamma"):
            params[key] = rng.uniform(0.5, 1.5, params[key].shape)
    return params


def _params_of(net, made: str) -> dict:
    params = net.params
    if not isinstance(params, dict):
        fail(_("After {made}, net.params is {got}; it should be a dict of arrays.").format(
            made=made, got=show(params)), hint="param_shapes")
    return params


def network(student, rng, *args, **kwargs):
    """The learner's MultiLayerNet of SIZES holding random parameters drawn here (biases, and
    gamma and beta with batch normalization, too), with a text that says how it was made."""
    batchnorm = bool(kwargs.get("use_batchnorm"))
    params = _random_params(rng, batchnorm)
    made = call_text("net = MultiLayerNet", *SIZES, *args, **kwargs)
    net = student.MultiLayerNet(*SIZES, *args, **kwargs)
    found = _params_of(net, made)
    missing = sorted(set(params) - set(found))
    if missing:
        fail(_("After {made}, net.params has no {keys}; it has {got}.").format(
            made=made, keys=", ".join(missing), got=", ".join(sorted(map(str, found)))),
            hint="param_shapes")
    assign_params(student, net, params)
    sizes_text = " ".join(f"{k} {np.shape(v)}" for k, v in params.items())
    made = steps(made, _("random values written into net.params in place ({sizes})").format(
        sizes=sizes_text))
    return net, params, made


def _inputs(rng, params, n, activation="relu", batchnorm=False):
    """A batch and its labels, drawn again until no ReLU input sits so close to the kink at 0
    that central differences would straddle it, and every batch-normalised unit varies."""
    for _attempt in range(200):
        x = rng.normal(size=(n, SIZES[0]))
        pre: list = []
        scores(params, x, activation, batchnorm=batchnorm, pre_activations=pre)
        raw = [x @ params["W1"] + params["b1"]]
        far_from_kink = activation != "relu" or min(np.min(np.abs(a)) for a in pre) > 0.02
        varied = not batchnorm or min(np.min(a.var(axis=0)) for a in raw) > 0.05
        if far_from_kink and varied:
            break
    return x, rng.integers(0, SIZES[2], n)


def _gradient_dict(got, keys, call: str, hint: str = "backprop") -> dict:
    if not isinstance(got, dict) or sorted(got) != sorted(keys):
        fail(_("{call} returned {got}; it should return a dict with one gradient per "
               "parameter: {keys}.").format(call=call, got=show(got), keys=", ".join(keys)),
             hint=hint)
    return got


def _expect_gradients(got: dict, want: dict, params: dict, lam: float, call: str,
                      tolerance: float, hint: str | None = None) -> None:
    for key, expected in want.items():
        value = got[key]
        where = f"{call}['{key}']"
        if not isinstance(value, (np.ndarray, np.generic)) or np.shape(value) != expected.shape:
            fail(_("{call} is {got}; it should be an array of shape {shape}, the shape of "
                   "net.params['{key}'].").format(call=where, got=show(value),
                                                   shape=expected.shape, key=key), hint=hint)
        value = np.asarray(value, dtype=float)
        if (lam and key.startswith("W") and not np.allclose(value, expected, rtol=tolerance,
                                                             atol=tolerance)
                and np.allclose(value, expected - lam * params[key], rtol=tolerance,
                                atol=tolerance)):
            fail(_("{call} is the gradient of the cross-entropy alone: the weight decay term "
                   "0.5 * lambda * sum(W²) is part of the loss, so its slope, lambda * W, must "
                   "be added to every weight's gradient.").format(call=where),
                 hint="decay_gradient")
        expect_close(value, expected, call=_("{call} (against central differences of the "
                                             "loss)").format(call=where),
                     rtol=tolerance, atol=tolerance, hint=hint)


# ---------------------------------------------------------------------- the checks


@check("params_shapes")
def test_parameters_and_their_shapes(student):
    for batchnorm in (False, True):
        kwargs = {"use_batchnorm": True} if batchnorm else {}
        made = call_text("net = MultiLayerNet", *SIZES, **kwargs)
        params = _params_of(student.MultiLayerNet(*SIZES, **kwargs), made)
        want = shapes(batchnorm=batchnorm)
        if sorted(params) != sorted(want):
            fail(_("After {made}, net.params has the keys {got}; it should have {want}.").format(
                made=made, got=", ".join(sorted(map(str, params))), want=", ".join(want)),
                hint="param_shapes")
        for key, shape in want.items():
            value = params[key]
            if not isinstance(value, np.ndarray) or value.shape != shape:
                fail(_("After {made}, net.params['{key}'] is {got}; it should be an array of "
                       "shape {shape}.").format(made=made, key=key, got=show(value),
                                                shape=shape), hint="param_shapes")
            start = {"b": 0.0, "beta": 0.0, "gamma": 1.0}.get(key.rstrip("0123456789"))
            if start is not None and not np.all(value == start):
                fail(_("After {made}, net.params['{key}'] is {got}; it should start as "
                       "{value} everywhere.").format(made=made, key=key, got=show(value),
                                                     value=start), hint="param_shapes")


@check("init_scale")
def test_initial_weights_have_the_chosen_scale(student):
    input_size, hidden, output_size = INIT_SIZES
    sizes = [input_size, *hidden]
    for choice in ("relu", "he", "sigmoid", "xavier", 0.05):
        made = call_text("net = MultiLayerNet", *INIT_SIZES, weight_init_std=choice)
        params = _params_of(student.MultiLayerNet(*INIT_SIZES, weight_init_std=choice), made)
        for i, n_in in enumerate([*sizes], start=1):
            value = params.get(f"W{i}")
            if not isinstance(value, np.ndarray):
                fail(_("After {made}, net.params['W{i}'] is {got}.").format(
                    made=made, i=i, got=show(value)), hint="param_shapes")
            want = {"relu": np.sqrt(2 / n_in), "he": np.sqrt(2 / n_in),
                    "sigmoid": np.sqrt(1 / n_in), "xavier": np.sqrt(1 / n_in)}.get(choice, choice)
            got = float(np.std(value))
            if abs(got / want - 1) <= INIT_TOLERANCE:
                continue
            swapped = np.sqrt(2 / n_in) if want == np.sqrt(1 / n_in) else np.sqrt(1 / n_in)
            reason, hint = "", None
            if isinstance(choice, str) and abs(got / swapped - 1) <= INIT_TOLERANCE:
                reason, hint = _("That is the other scale: He's sqrt(2 / n) is for ReLU "
                                 "(\"relu\", \"he\"), Xavier's sqrt(1 / n) for sigmoid "
                                 "(\"sigmoid\", \"xavier\")."), "init_swapped"
            fail(_("After {made}, the weights of W{i} (which receives {n} inputs) have a "
                   "standard deviation of {got}.").format(made=made, i=i, n=n_in,
                                                          got=number(got, 4)),
                 reveal(_("Expected: about {want}").format(want=number(want, 4))), reason,
                 hint=hint)


@check("layers_share_params")
def test_layers_see_parameters_changed_in_place(student, rng):
    made = call_text("net = MultiLayerNet", *SIZES, weight_init_std=STD)
    net = student.MultiLayerNet(*SIZES, weight_init_std=STD)
    x = rng.normal(size=(3, SIZES[0]))
    before = net.predict(x)
    new = _random_params(rng)
    assign_params(student, net, new)
    call = steps(made, call_text("net.predict", x),
                 _("net.params[key][...] = new values (in place, as a training step does, "
                   "biases included)"), call_text("net.predict", x))
    got = net.predict(x)
    if np.shape(got) == np.shape(before) and np.array_equal(got, before):
        fail(_("{call} gave the same scores before and after the parameters changed: {got}. "
               "The layers compute with arrays of their own, not with those of "
               "net.params.").format(call=call, got=show(got)), hint="shared_params")
    expect_close(got, scores(new, x), call=call, hint="predict")


@check("predict_values")
def test_predict(student, rng):
    for activation in ("relu", "sigmoid"):
        net, params, made = network(student, rng, activation=activation)
        for n in (1, 6):
            x = rng.normal(size=(n, SIZES[0]))
            call = steps(made, call_text("net.predict", x))
            expect_close(net.predict(x), scores(params, x, activation), call=call)


@check("loss_weight_decay")
def test_loss_adds_weight_decay(student, rng):
    lam = float(np.round(rng.uniform(0.05, 0.5), 2))
    net, params, made = network(student, rng, weight_decay_lambda=lam)
    x, labels = _inputs(rng, params, 5)
    for t in (labels, np.eye(SIZES[2])[labels]):
        call = steps(made, call_text("net.loss", x, t))
        got = net.loss(x, t)
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the loss is one number for the whole batch.").format(
                call=call, got=show(got)))
        want = loss(params, x, labels, lam=lam, delta=DELTA)
        bare = want - decay(params, lam)
        mistakes = ((bare, _("That is the cross-entropy alone, without the weight decay "
                             "term 0.5 * lambda * sum(W²).")),
                    (bare + 2 * decay(params, lam), _("The weight decay term has lost its 0.5: "
                                                      "it is 0.5 * lambda * sum(W²).")),
                    (want + 0.5 * lam * sum(float(np.sum(v**2)) for k, v in params.items()
                                            if k.startswith("b")),
                     _("The biases are in the weight decay term: only the weights W1, W2, ... "
                       "are.")))
        for value, reason in mistakes:
            if np.isclose(float(got), value, rtol=1e-6):
                fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                     reveal(_("Expected: {want}").format(want=show(want))), reason,
                     hint="decay_term")
        expect_close(got, want, call=call, rtol=1e-6)


@check("accuracy_values")
def test_accuracy(student, rng):
    net, params, made = network(student, rng)
    x = rng.normal(size=(10, SIZES[0]))
    labels = np.argmax(scores(params, x), axis=1)
    labels[:4] = (labels[:4] + 1) % SIZES[2]  # 6 of 10 right
    for t in (np.eye(SIZES[2])[labels], labels):
        call = steps(made, call_text("net.accuracy", x, t))
        got = net.accuracy(x, t)
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the accuracy is one number between 0 and 1.").format(
                call=call, got=show(got)))
        expect_close(got, 0.6, call=call)


@check("numerical_gradient_values")
def test_numerical_gradient(student, rng):
    lam = float(np.round(rng.uniform(0.05, 0.5), 2))
    net, params, made = network(student, rng, weight_decay_lambda=lam)
    x, labels = _inputs(rng, params, 3)
    call = steps(made, call_text("net.numerical_gradient", x, labels))
    got = _gradient_dict(net.numerical_gradient(x, labels), list(params), call, "net_gradient")
    want = numerical(params, x, labels, lam=lam, delta=DELTA)
    for key in params:
        expect_close(got[key], want[key], call=f"{call}['{key}']", rtol=1e-5, atol=1e-8)


@check("gradient_matches_numerical")
def test_backprop_matches_numerical_gradient(student, rng):
    for activation in ("relu", "sigmoid"):
        lam = float(np.round(rng.uniform(0.05, 0.5), 2))
        net, params, made = network(student, rng, activation=activation,
                                    weight_decay_lambda=lam)
        for n in (1, 4):
            x, labels = _inputs(rng, params, n, activation)
            t = labels if n == 1 else np.eye(SIZES[2])[labels]
            call = steps(made, call_text("net.gradient", x, t))
            got = _gradient_dict(net.gradient(x, t), list(params), call)
            want = numerical(params, x, labels, activation, lam=lam)
            _expect_gradients(got, want, params, lam, call, 1e-6)


@check("batchnorm_network")
def test_batch_normalization_inside_the_network(student, rng):
    net, params, made = network(student, rng, use_batchnorm=True)
    x, labels = _inputs(rng, params, 6, batchnorm=True)
    call = steps(made, call_text("net.predict", x, train_flg=True))
    expect_close(net.predict(x, train_flg=True), scores(params, x, batchnorm=True), call=call,
                 rtol=1e-4, atol=1e-6)
    call = steps(made, call_text("net.gradient", x, labels))
    got = _gradient_dict(net.gradient(x, labels), list(params), call, "batchnorm")
    _expect_gradients(got, numerical(params, x, labels, batchnorm=True), params, 0.0, call,
                      1e-4, hint="batchnorm")


@check("dropout_network")
def test_dropout_inside_the_network(student, rng):
    ratio = float(np.round(rng.uniform(0.2, 0.6), 2))
    # positional, as the book's class names this argument differently (dropout_ration)
    net, params, made = network(student, rng, "relu", STD, 0, True, ratio)
    x = rng.normal(size=(6, SIZES[0]))
    call = steps(made, call_text("net.predict", x, train_flg=False))
    expect_close(net.predict(x, train_flg=False), scores(params, x, keep=1 - ratio), call=call)
    call = steps(made, call_text("net.predict", x, train_flg=True),
                 call_text("net.predict", x, train_flg=True))
    first, second = net.predict(x, train_flg=True), net.predict(x, train_flg=True)
    if np.shape(first) == np.shape(second) and np.allclose(first, second):
        fail(_("{call} gave the same scores twice: {got}. With use_dropout=True, every "
               "training-mode pass should drop a new random set of hidden units; predict must "
               "pass train_flg on to the Dropout layers.").format(call=call, got=show(first)),
             hint="dropout")
