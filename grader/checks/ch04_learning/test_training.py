"""Hidden checks for ch04.training: the history it returns, when it evaluates, that it follows
the gradient it is given with the learning rate and batch size asked for, which gradient it
uses by default, that the loss falls on a small problem, and that a seed replays a run.

The network trained is chapter 4's `TwoLayerNet`, made in the worker (the reference version
while grading, see `uses`), or a stand-in around it whose gradients are constants
(`network_stand_in`, `constant_gradient` in `grader/sandbox/functions.py`): after plain SGD,
each parameter has then moved by exactly `-learning_rate * constant * batch_size * iters`."""

import numpy as np

from grader.checks.api import RemoteFunction, call_text, check, expect_type, fail, reveal, show
from grader.i18n import _
from grader.sandbox.session import WorkerError

from . import assign_params, sibling_module

# Three bits in, the number they write out: 8 classes, one example each.
BITS = np.array([[(i >> 2) & 1, (i >> 1) & 1, i & 1] for i in range(8)], dtype=float)
LABELS = np.arange(8)
ONE_HOT = np.eye(8)


def _weights(rng, std=0.01) -> dict:
    return {"W1": rng.normal(0.0, std, (3, 10)), "b1": np.zeros(10),
            "W2": rng.normal(0.0, std, (10, 8)), "b2": np.zeros(8)}


def _network(student, weights: dict):
    """Chapter 4's network 3-10-8, made with its sizes only (as the book makes it: no check
    depends on `seed`), holding `weights`, written into its parameters in place."""
    net = sibling_module(student, "two_layer_net").TwoLayerNet(3, 10, 8)
    assign_params(student, net, weights)
    return net


def _call(t, kwargs):
    """`train(network, x_train, t_train, iters=...)`, naming the data instead of printing it."""
    shown = {k: (k if k in ("grad", "x_test", "t_test") else v) for k, v in kwargs.items()}
    call = call_text("train", "network", "x_train", "t_train", **shown).replace("'", "")
    labels = _("their values 0 to 7") if np.ndim(t) == 1 else _("their values 0 to 7, one-hot")
    return _("{call}, where x_train holds the 3-bit numbers 000 to 111 and t_train {labels}")\
        .format(call=call, labels=labels)


def _train(student, network, x, t, **kwargs):
    call = _call(t, kwargs)
    history = student.train(network, x, t, **kwargs)
    expect_type(history, dict, call=call,
                expected=_("a dict with the lists 'loss', 'train_acc' and 'test_acc'"))
    for key in ("loss", "train_acc", "test_acc"):
        if not isinstance(history.get(key), list):
            fail(_("{call} returned a history whose '{key}' is {got}; it should be a list "
                   "(empty if there is nothing to record).").format(
                call=call, key=key, got=show(history.get(key))), hint="history")
    return call, history


@check("train_history")
def test_history(student, rng):
    net = _network(student, _weights(rng))
    call, history = _train(student, net, BITS, ONE_HOT, iters=12, batch_size=4,
                           learning_rate=0.1, seed=int(rng.integers(1000)))
    loss = history["loss"]
    if len(loss) != 12:
        fail(_("{call} recorded {n} losses; it should record one per iteration: 12.").format(
            call=call, n=len(loss)))
    values = np.asarray(loss, dtype=float) if all(
        isinstance(v, (int, float, np.generic)) for v in loss) else None
    if values is None or not np.all(np.isfinite(values)) or np.any(values < 0):
        fail(_("{call} recorded the losses {loss}; each should be a finite number, the loss "
               "of the batch: network.loss(x_batch, t_batch).").format(call=call,
                                                                       loss=show(loss)))
    if history["test_acc"]:
        fail(_("{call} recorded test accuracies {got}, but no test set was given: test_acc "
               "should stay empty.").format(call=call, got=show(history["test_acc"])),
             hint="eval_every")


def _accuracies(call, values, n, which):
    if len(values) != n:
        fail(_("{call} recorded {got} values in '{which}'; it should record {n}: one at "
               "iteration 0 and then one every eval_every iterations.").format(
            call=call, got=len(values), which=which, n=n))
    if not all(isinstance(v, (int, float, np.generic)) and 0 <= v <= 1 for v in values):
        fail(_("{call} recorded {values} in '{which}'; an accuracy is a number between 0 and "
               "1.").format(call=call, values=show(values), which=which))


@check("train_eval_every")
def test_eval_every(student, rng):
    seed = int(rng.integers(1000))
    call, history = _train(student, _network(student, _weights(rng)), BITS, ONE_HOT, iters=10,
                           batch_size=2, learning_rate=0.1, seed=seed, x_test=BITS[:4],
                           t_test=ONE_HOT[:4], eval_every=4)
    _accuracies(call, history["train_acc"], 3, "train_acc")  # iterations 0, 4, 8
    _accuracies(call, history["test_acc"], 3, "test_acc")
    # by default once per epoch: 8 examples in batches of 4 make an epoch of 2 iterations
    call, history = _train(student, _network(student, _weights(rng)), BITS, ONE_HOT, iters=7,
                           batch_size=4, learning_rate=0.1, seed=seed)
    _accuracies(call, history["train_acc"], 4, "train_acc")  # iterations 0, 2, 4, 6


def _moves(student, rng, network, grad, *, value, iters=5, batch_size=3, lr=0.05,
           reasons=()):
    """Train `network(net)` around a fresh net, with the gradient `grad(net)` (None: the
    default), and fail unless every parameter moved by `-lr * value * batch_size * iters`."""
    net = _network(student, _weights(rng))
    before = net.params
    kwargs = {} if grad is None else {"grad": grad(net)}
    call, _history = _train(student, network(net), BITS, ONE_HOT, iters=iters,
                            batch_size=batch_size, learning_rate=lr,
                            seed=int(rng.integers(1000)), **kwargs)
    after = net.params
    moved = np.concatenate([(np.asarray(after[k], dtype=float) - before[k]).ravel()
                            for k in before])
    want = -lr * value * batch_size * iters
    if np.allclose(moved, want, rtol=1e-9, atol=1e-12):
        return
    parts, hint = _why_moved(moved / want, batch_size, reasons)
    fail(_("{call}, with gradients whose entries are all {value} × the batch size: after "
           "{iters} iterations with learning rate {lr} and batches of {batch_size}, the "
           "parameters moved by {got}.").format(call=call, value=value, iters=iters, lr=lr,
                                                batch_size=batch_size, got=show(moved)),
         reveal(_("Every parameter should have moved by {want}.").format(want=f"{want:.4g}")),
         *parts, hint=hint)


def _why_moved(ratio: np.ndarray, batch_size: int, reasons) -> tuple[tuple[str, ...], str]:
    """Why the parameters moved by `ratio` times the right amount: message parts, and the hint
    for that mistake. `reasons` adds (ratio, reason, hint) triples of the check's own."""
    known = [(reason, hint) for r, reason, hint in reasons if np.allclose(ratio, r, rtol=1e-6)]
    if known:
        return (known[0][0],), known[0][1]
    if not np.allclose(ratio, ratio[0], rtol=1e-6):
        return (_("They did not all move by the same amount: the gradient used was not this "
                  "one."),), "given_grad"
    if np.isclose(ratio[0], 0):
        return (_("The parameters did not move at all: change the arrays in network.params "
                  "(network.params[key] -= learning_rate * grads[key])."),), "no_update"
    if np.isclose(ratio[0], -1):
        return (_("They moved uphill, in the direction of the gradient: subtract "
                  "learning_rate * gradient."),), "sgd_sign"
    if np.isclose(ratio[0], len(BITS) / batch_size):
        return (_("That is what batches of the whole training set give: draw batch_size rows "
                  "at random in each iteration."),), "minibatch"
    return (reveal(_("That is {ratio} times too far.").format(ratio=f"{ratio[0]:.4g}"),
                   instead=_("They moved by the wrong amount.")),
            _("Check that you use the learning_rate and batch_size arguments, and one step per "
              "iteration.")), "learning_rate_arg"


@check("train_follows_grad")
def test_follows_given_gradient(student, rng):
    value = float(rng.choice([0.5, 2.0]))
    _moves(student, rng, lambda net: net,
           lambda net: RemoteFunction("constant_gradient", (net, value)), value=value,
           lr=float(rng.choice([0.02, 0.05, 0.2])))


@check("train_default_gradient")
def test_default_gradient(student, rng):
    # the network offers both: network.gradient (value 1) must be preferred
    slow = _("train used network.numerical_gradient, although the network has a gradient "
             "method: when grad is None, prefer network.gradient (much faster) when it exists.")
    _moves(student, rng, lambda net: RemoteFunction("network_stand_in", (net, 1.0, 3.0)), None,
           value=1.0, reasons=[(3.0, slow, "prefer_gradient")])
    # only numerical_gradient (value 3): it must be used, without asking for gradient
    try:
        _moves(student, rng, lambda net: RemoteFunction("network_stand_in", (net, None, 3.0)),
               None, value=3.0)
    except WorkerError as exc:
        if exc.kind == "exception" and exc.detail.get("type") == "AttributeError" and \
                "gradient" in str(exc.detail.get("message")):
            fail(_("train(network, ...) without grad, for a network that has numerical_gradient "
                   "but no gradient method (like chapter 4's TwoLayerNet), raised "
                   "AttributeError: {message}. Use network.gradient only when it exists, and "
                   "network.numerical_gradient otherwise.").format(
                message=exc.detail.get("message")), hint="gradient_fallback")
        raise


def _loss(params, x, t):
    """The cross-entropy of chapter 4's network, computed here from the learner's results."""
    z1 = 1 / (1 + np.exp(-(x @ params["W1"] + params["b1"])))
    a2 = z1 @ params["W2"] + params["b2"]
    y = np.exp(a2 - a2.max(axis=1, keepdims=True))
    y /= y.sum(axis=1, keepdims=True)
    return float(-np.mean(np.log(y[np.arange(len(t)), t] + 1e-7)))


@check("train_loss_falls")
def test_loss_falls(student, rng):
    net = _network(student, _weights(rng, std=0.5))
    start = _loss(net.params, BITS, LABELS)
    call, history = _train(student, net, BITS, ONE_HOT, iters=150, batch_size=8,
                           learning_rate=2.0, seed=int(rng.integers(1000)))
    end = _loss(net.params, BITS, LABELS)
    if not end < 0.3 * start:
        recorded = show(np.asarray(history["loss"], dtype=float))
        fail(_("{call} (a network 3-10-8 learning to read 3-bit numbers) took the loss on the "
               "8 examples from {start} to {end}; with this learning rate it should fall below "
               "{goal}.").format(call=call, start=f"{start:.4f}", end=f"{end:.4f}",
                                 goal=f"{0.3 * start:.4f}"),
             # a wrong loop's losses can match the reference's, step for step
             reveal(_("The losses it recorded: {loss}").format(loss=recorded)))


@check("train_is_reproducible")
def test_reproducible(student, rng):
    seed, weights = int(rng.integers(1000)), _weights(rng, std=0.5)
    runs = []
    for train_seed in (seed, seed, seed + 1):
        net = _network(student, weights)
        call, history = _train(student, net, BITS, ONE_HOT, iters=6, batch_size=2,
                               learning_rate=1.0, seed=train_seed)
        runs.append((call, history["loss"], net.params["W1"]))
    (call, loss1, w1), (_same, loss2, w2), (other, loss3, _other_w) = runs
    if loss1 != loss2 or not np.array_equal(w1, w2):
        fail(_("{call} run twice from the same network gave two different runs: losses {a}, "
               "then {b}. Draw the batches from rng = np.random.default_rng(seed), so that a "
               "seed replays a run.").format(call=call, a=show(np.asarray(loss1, dtype=float)),
            b=show(np.asarray(loss2, dtype=float))))
    if loss1 == loss3:
        fail(_("{call} and {other} gave exactly the same losses {a}: the seed should decide "
               "which batches are drawn.").format(call=call, other=other, a=show(loss1)))
