"""Hidden checks for ch03.forward: the book's weights, the known answer, sigmoid in the hidden
layers, identity at the output, and batches. Networks are sent as plain dicts of arrays, so
forward is judged on its own even when init_network is not written yet."""

import numpy as np

from grader.checks.api import check, expect_close, expect_type, fail, reveal, show
from grader.i18n import _

KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")


def _random_network(rng, sizes=(3, 4, 3, 2)):
    net = {}
    for layer, (n_in, n_out) in enumerate(zip(sizes, sizes[1:], strict=False), start=1):
        net[f"W{layer}"] = rng.normal(0, 1, (n_in, n_out))
        net[f"b{layer}"] = rng.normal(0, 1, n_out)
    return net


def _call(net, x) -> str:
    """`forward(network 3-4-3-2, array([...]))`: the network named by its layer sizes."""
    sizes = [np.shape(net["W1"])[0]] + [np.shape(net[f"W{i}"])[1] for i in (1, 2, 3)]
    return f"forward(network {'-'.join(map(str, sizes))}, {show(x)})"


def _sigmoid(a):
    return 1 / (1 + np.exp(-a))


def _softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


HIDDEN = {"sigmoid": _sigmoid, "relu": lambda a: np.maximum(0, a),
          "step_function": lambda a: (a > 0).astype(float), "none": lambda a: a}
OUTPUT = {"identity": lambda a: a, "sigmoid": _sigmoid, "softmax": _softmax}


def _variant(net, x, hidden="sigmoid", output="identity", biases=True):
    """The forward pass with other activations, or without biases: what a learner's mix-up
    would return."""
    b = {k: (net[k] if biases else 0) for k in ("b1", "b2", "b3")}
    z1 = HIDDEN[hidden](x @ net["W1"] + b["b1"])
    z2 = HIDDEN[hidden](z1 @ net["W2"] + b["b2"])
    return OUTPUT[output](z2 @ net["W3"] + b["b3"])


def _matches(got, want) -> bool:
    got = np.asarray(got)
    return (got.shape == np.shape(want) and got.dtype.kind in "biuf"
            and np.allclose(got.astype(float), want, rtol=1e-6, atol=1e-8))


@check("init_network_values")
def test_init_network_has_the_books_values(student, ref):
    got = student.init_network()
    want = ref.init_network()
    expect_type(got, dict, call="init_network()",
                expected=_("a dict with the keys W1, b1, W2, b2, W3, b3"))
    missing = [k for k in KEYS if k not in got]
    if missing:
        fail(_("init_network() returned a dict with the keys {keys}; the keys {missing} are "
               "missing.").format(keys=", ".join(sorted(got)) or "-",
                                  missing=", ".join(missing)))
    for key in KEYS:
        shape = np.shape(got[key])
        mistake = ("network_shape" if shape == want[key].shape[::-1] != want[key].shape
                   else "network_typo" if shape == want[key].shape else None)
        expect_close(got[key], want[key], call=f"init_network()['{key}']", hint=mistake,
                     shape_hint=mistake)


@check("forward_known_answer")
def test_forward_gives_the_books_answer(student, ref):
    net, x = ref.init_network(), np.array([1.0, 0.5])
    got = student.forward(net, x)
    expect_close(got, ref.forward(net, x), call=f"forward(init_network(), {show(x)})",
                 hint="biases" if _matches(got, _variant(net, x, biases=False)) else None)


@check("forward_hidden_sigmoid")
def test_forward_uses_sigmoid_in_the_hidden_layers(student, ref, rng):
    """Judges the hidden layers alone: a wrong output activation is the next check's business."""
    net = _random_network(rng)
    for x in (rng.normal(0, 1.5, 3), rng.normal(0, 1.5, 3)):
        call = _call(net, x)
        got = student.forward(net, x)
        if any(_matches(got, _variant(net, x, "sigmoid", out)) for out in OUTPUT):
            continue
        for hidden in ("relu", "step_function", "none"):
            if any(_matches(got, _variant(net, x, hidden, out)) for out in OUTPUT):
                act = _("no activation function") if hidden == "none" else hidden
                fail(_("{call} returned {got}, which is what the network gives with {act} in "
                       "its hidden layers. The two hidden layers apply sigmoid.").format(
                    call=call, got=show(got), act=act))
        expect_close(got, ref.forward(net, x), call=call)


@check("forward_output_identity")
def test_forward_uses_identity_at_the_output(student, rng):
    """With W3 = 0 the output is b3 whatever the hidden layers do, if it is left as it is."""
    net = _random_network(rng)
    net["W3"] = np.zeros_like(net["W3"])
    net["b3"] = np.array([-2.0, 3.0]) + rng.normal(0, 0.3, 2)
    x = rng.normal(0, 1.5, 3)
    call = _call(net, x)
    got = student.forward(net, x)
    want = net["b3"]
    if not _matches(got, want):
        for name in ("sigmoid", "softmax"):
            if _matches(got, OUTPUT[name](want)):
                fail(_("{call} returned {got}: your forward applies {act} to the last layer's "
                       "weighted sum, which the output layer should pass on unchanged. The "
                       "output layer here is the identity function.").format(
                    call=call, got=show(got), act=name),
                     reveal(_("With W3 = 0 that sum is just b3 = {b3}.").format(b3=show(want))))
    expect_close(got, want, call=call)


@check("forward_batch")
def test_forward_on_a_batch(student, ref, rng):
    for net, d in ((ref.init_network(), 2), (_random_network(rng), 3)):
        x = rng.normal(0, 1.5, (5, d))
        call = _call(net, x)
        want = ref.forward(net, x)
        got = student.forward(net, x)
        if np.shape(got) != want.shape:
            fail(_("{call} returned shape {got}; a batch of {n} samples should give one output "
                   "row per sample, shape {want}.").format(
                call=call, got=np.shape(got), n=len(x), want=want.shape))
        expect_close(got, want, call=call)
