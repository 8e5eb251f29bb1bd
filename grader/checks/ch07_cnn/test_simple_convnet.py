"""Hidden checks for ch07.simple_convnet: the parameters of the default network (the book's
MNIST sizes) and of small ones, then predict, loss, accuracy and both gradients on small
networks holding random parameters drawn here, against the grader's own network written out in
NumPy (`convnet_scores`) and central differences of its loss, in float64.

Only sizes where the convolution's output has an even side are used: the book computes the
size of the pooled maps with true division, which is right only then."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import _, number

from ..ch04_learning import assign_params
from . import (
    Named,
    calling,
    convnet_scores,
    convolve,
    max_pool,
    numerical_gradient,
    output_size,
    steps,
    window_gaps,
    with_shapes,
)

KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")
STD = 0.4  # weights large enough for every gradient to matter, small enough for smooth losses
TOLERANCE = 1e-6
MARGIN = 2e-3  # no ReLU input this close to 0, no pooling window with its top two this close


@dataclass(frozen=True)
class Config:
    input_dim: tuple[int, int, int]
    filters: int
    size: int
    pad: int
    stride: int
    hidden: int
    output: int

    @property
    def conv_param(self) -> dict:
        return {"filter_num": self.filters, "filter_size": self.size, "pad": self.pad,
                "stride": self.stride}

    @property
    def args(self) -> tuple:
        return (self.input_dim, self.conv_param, self.hidden, self.output)

    def shapes(self) -> dict[str, tuple]:
        c, h, w = self.input_dim
        conv_h = output_size(h, self.size, self.stride, self.pad)
        conv_w = output_size(w, self.size, self.stride, self.pad)
        pooled = self.filters * (conv_h // 2) * (conv_w // 2)
        return {"W1": (self.filters, c, self.size, self.size), "b1": (self.filters,),
                "W2": (pooled, self.hidden), "b2": (self.hidden,),
                "W3": (self.hidden, self.output), "b3": (self.output,)}

    def scores(self, params: dict, x: np.ndarray) -> np.ndarray:
        return convnet_scores(params, x, self.stride, self.pad)


BOOK = Config((1, 28, 28), 30, 5, 0, 1, 100, 10)
SMALL = (Config((1, 10, 10), 3, 3, 0, 1, 6, 4), Config((2, 8, 8), 2, 3, 1, 1, 5, 3),
         Config((1, 13, 13), 2, 3, 0, 2, 4, 3))


def _made(config: Config) -> str:
    return call_text("net = SimpleConvNet", *config.args)


def _params_of(net, call: str) -> dict:
    with calling(call, "param_shapes"):
        params = net.params
    if not isinstance(params, dict) or sorted(params) != sorted(KEYS):
        fail(_("After {call}, net.params is {got}; it should be a dict with the keys W1, b1, "
               "W2, b2, W3 and b3.").format(call=call, got=show(params)), hint="param_shapes")
    return params


class Network:
    """The learner's network for a config, holding random parameters drawn here, written into
    its params in place (as a training step changes them)."""

    def __init__(self, student, rng, config: Config) -> None:
        self.config = config
        self.params = {key: rng.normal(0.0, STD, shape) for key, shape in config.shapes().items()}
        call = _made(config)
        with calling(call):
            self.net = student.SimpleConvNet(*config.args)
        _params_of(self.net, call)
        sizes = " ".join(f"{k} {v.shape}" for k, v in self.params.items())
        self.made = steps(call, _("random values written into net.params in place ({sizes})")
                          .format(sizes=sizes))
        with calling(self.made, "param_shapes"):
            assign_params(student, self.net, self.params)

    def call(self, method: str, *args, hint: str | None = None):
        """net.method(*args), and the text of the whole session."""
        shown = [Named("x", a) if getattr(a, "ndim", 0) >= 3 else a for a in args]
        text = with_shapes(steps(self.made, call_text(f"net.{method}", *shown)), shown[0])
        with calling(text, hint):
            return getattr(self.net, method)(*args), text

    def inputs(self, rng, n: int):
        """A batch x, its labels and one-hot targets, drawn again until no ReLU input and no
        pooling window is so close to a kink that central differences would straddle it."""
        for _attempt in range(200):
            x = np.round(rng.normal(size=(n, *self.config.input_dim)), 2)
            if self._margin(x) > MARGIN:
                break
        labels = rng.integers(0, self.config.output, n)
        return x, labels, np.eye(self.config.output)[labels]

    def _margin(self, x: np.ndarray) -> float:
        p, c = self.params, self.config
        conv = convolve(x, p["W1"], p["b1"], c.stride, c.pad)
        relu = np.maximum(conv, 0)
        gaps = window_gaps(relu, 2, 2, 2)[max_pool(relu, 2, 2, 2) > 0]
        hidden = max_pool(relu, 2, 2, 2).reshape(len(x), -1) @ p["W2"] + p["b2"]
        return float(min(np.abs(conv).min(), np.abs(hidden).min(), gaps.min(initial=1.0)))

    def loss(self, x, labels, delta=0.0) -> float:
        return _loss(self.config, self.params, x, labels, delta)


def _loss(config: Config, params: dict, x: np.ndarray, labels: np.ndarray,
          delta: float = 0.0) -> float:
    """The network's loss written out: the oracle of the gradients. With delta=0, the exact
    cross-entropy, whose slope backpropagation computes; with 1e-7, cross_entropy_error's."""
    scores = config.scores(params, x)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    y = e / e.sum(axis=1, keepdims=True)
    return float(-np.mean(np.log(y[np.arange(len(x)), labels] + delta)))


def _numerical(network: Network, x, labels, delta=0.0) -> dict:
    """d loss / d each parameter by central differences, the others held fixed."""
    def along(key):
        return lambda value: _loss(network.config, {**network.params, key: value}, x, labels,
                                   delta)

    return {key: numerical_gradient(along(key), network.params[key]) for key in KEYS}


@check("params_shapes")
def test_params_shapes(student):
    for config in (BOOK, *SMALL):
        call = "net = SimpleConvNet()" if config == BOOK else _made(config)
        with calling(call, "param_shapes"):
            net = student.SimpleConvNet(*([] if config == BOOK else config.args))
        params = _params_of(net, call)
        c, h, w = config.input_dim
        conv = (output_size(h, config.size, config.stride, config.pad),
                output_size(w, config.size, config.stride, config.pad))
        for key, want in config.shapes().items():
            got = np.shape(params[key])
            if got != want:
                fail(_("After {call}, net.params['{key}'] has shape {got}.").format(
                    call=call, key=key, got=got),
                    reveal(_("Expected: {want}").format(want=want)),
                    _("The convolution gives maps of {conv_h} × {conv_w}; the 2 × 2 pooling "
                      "with stride 2 halves them, so the first Affine layer receives "
                      "filter_num × {pool_h} × {pool_w} values per image.").format(
                        conv_h=conv[0], conv_w=conv[1], pool_h=conv[0] // 2,
                        pool_w=conv[1] // 2),
                    hint="param_shapes")


@check("params_init")
def test_params_initial_values(student):
    for std in (0.01, 0.05):
        call = call_text("net = SimpleConvNet", weight_init_std=std)
        with calling(call, "init"):
            params = _params_of(student.SimpleConvNet(weight_init_std=std), call)
        for key in ("b1", "b2", "b3"):
            if np.any(np.asarray(params[key]) != 0):
                fail(_("After {call}, net.params['{key}'] is {got}; biases start at zero.")
                     .format(call=call, key=key, got=show(params[key])), hint="init")
        for key, slack in (("W1", 0.15), ("W2", 0.05), ("W3", 0.15)):
            w = np.asarray(params[key], dtype=float)
            if not (1 - slack) * std < w.std() < (1 + slack) * std or abs(w.mean()) > 0.2 * std:
                fail(_("After {call}, net.params['{key}'] has mean {mean} and standard "
                       "deviation {got}; the weights should be drawn from a normal "
                       "distribution with mean 0 and standard deviation weight_init_std = "
                       "{std}.").format(call=call, key=key, mean=number(float(w.mean()), 5),
                                        got=number(float(w.std()), 5), std=number(std, 3)),
                     hint="init")


@check("layers_share_params")
def test_layers_see_parameters_changed_in_place(student, rng):
    config = SMALL[0]
    call = _made(config)
    with calling(call, "shared_params"):
        net = student.SimpleConvNet(*config.args)
        x = rng.normal(size=(2, *config.input_dim))
        before = net.predict(x)
    new = {key: rng.normal(0.0, STD, shape) for key, shape in config.shapes().items()}
    text = steps(call, call_text("net.predict", Named("x", x)),
                 _("net.params[key][...] = new values (in place, as a training step does)"),
                 call_text("net.predict", Named("x", x)))
    with calling(text, "shared_params"):
        assign_params(student, net, new)
        got = net.predict(x)
    if np.shape(got) == np.shape(before) and np.array_equal(got, before):
        fail(_("{call} gave the same scores before and after the parameters changed: {got}. "
               "The layers compute with arrays of their own, not with those of "
               "net.params.").format(call=text, got=show(got)), hint="shared_params")
    expect_close(got, config.scores(new, x), call=text, hint="predict")


@check("predict_scores")
def test_predict(student, rng):
    for config in SMALL:
        network = Network(student, rng, config)
        x = rng.normal(size=(3, *config.input_dim))
        got, call = network.call("predict", x, hint="predict")
        want = config.scores(network.params, x)
        e = np.exp(want - want.max(axis=1, keepdims=True))
        if np.shape(got) == want.shape and np.allclose(got, e / e.sum(axis=1, keepdims=True)):
            fail(_("{call} returned {got}: probabilities, the softmax of the scores. predict "
                   "stops at the last Affine layer: the softmax is applied by SoftmaxWithLoss, "
                   "in loss.").format(call=call, got=show(got)), hint="predict")
        expect_close(got, want, call=call, hint="predict")


@check("loss_values")
def test_loss(student, rng):
    network = Network(student, rng, SMALL[1])
    x, labels, one_hot = network.inputs(rng, 4)
    for t in (one_hot, labels):
        got, call = network.call("loss", x, t, hint="loss")
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the loss is one number for the whole batch.").format(
                call=call, got=show(got)), hint="loss")
        expect_close(got, network.loss(x, labels, 1e-7), call=call, hint="loss")


@check("accuracy_values")
def test_accuracy(student, rng):
    network = Network(student, rng, SMALL[0])
    # 200 images, a multiple of 100: the book's accuracy counts whole batches of 100
    x = rng.normal(size=(200, *SMALL[0].input_dim))
    labels = np.argmax(SMALL[0].scores(network.params, x), axis=1)
    wrong = rng.choice(200, 70, replace=False)
    labels[wrong] = (labels[wrong] + 1) % SMALL[0].output  # 130 of 200 right
    for t in (labels, np.eye(SMALL[0].output)[labels]):
        got, call = network.call("accuracy", x, t, hint="accuracy")
        if np.ndim(got) != 0:
            fail(_("{call} returned {got}; the accuracy is one number between 0 and 1.").format(
                call=call, got=show(got)), hint="accuracy")
        expect_close(got, 0.65, call=call, hint="accuracy")


def _gradient_dict(got, call: str, hint: str) -> dict:
    if not isinstance(got, dict) or sorted(got) != sorted(KEYS):
        fail(_("{call} returned {got}; it should return a dict with one gradient per parameter: "
               "W1, b1, W2, b2, W3 and b3.").format(call=call, got=show(got)), hint=hint)
    return got


@check("numerical_gradient_values")
def test_numerical_gradient(student, rng):
    network = Network(student, rng, SMALL[1])
    x, labels, t = network.inputs(rng, 2)
    got, call = network.call("numerical_gradient", x, t, hint="net_gradient")
    got = _gradient_dict(got, call, "net_gradient")
    want = _numerical(network, x, labels, delta=1e-7)  # as cross_entropy_error has it
    for key in KEYS:
        expect_close(got[key], want[key], call=f"{call}['{key}']", rtol=1e-5, atol=1e-8,
                     hint="net_gradient")


@check("gradient_matches_numerical")
def test_backprop_matches_numerical_gradient(student, rng):
    for config, n, kind in ((SMALL[0], 1, "labels"), (SMALL[1], 3, "one_hot"),
                            (SMALL[2], 2, "labels")):
        network = Network(student, rng, config)
        x, labels, one_hot = network.inputs(rng, n)
        got, call = network.call("gradient", x, labels if kind == "labels" else one_hot,
                                 hint="backprop")
        got = _gradient_dict(got, call, "backprop")
        want = _numerical(network, x, labels)  # float64, here: the oracle
        for key in KEYS:
            value = got[key]
            if not isinstance(value, (np.ndarray, np.generic)) or value.shape != want[key].shape:
                fail(_("{call}['{key}'] is {got}; it should be an array of shape {shape}, the "
                       "shape of net.params['{key}'].").format(
                    call=call, key=key, got=show(value), shape=want[key].shape), hint="backprop")
            error = float(np.max(np.abs(value.astype(float) - want[key])))
            if not error <= TOLERANCE:
                fail(_("{call}['{key}'] differs from the numerical gradient of the loss (at "
                       "most {tolerance} is allowed).").format(call=call, key=key,
                                                              tolerance=TOLERANCE),
                     _("Backprop gave: {got}").format(got=show(value, 6)),
                     reveal(_("Numerical:    {want}").format(want=show(want[key], 6))),
                     reveal(_("The largest difference is {error}.").format(
                         error=number(error, 9))), hint="backprop")
