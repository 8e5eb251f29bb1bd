"""Hidden checks for ch07.train_convnet: two short runs of the learner's training in the worker,
judged here.

The main run trains for two epochs on a few thousand images, with a batch size, a training set
size, a seed and a larger learning rate than the default drawn from the run's seed. Only the
trained parameters and the history come back; the test accuracy is measured here, on the
10,000 test images, by the grader's own forward pass (`convnet_scores`), so a submission cannot
report its own score. A second run of exactly one update (25 images, one batch) shows the
optimizer: Adam's first step moves every bias of the output layer by the learning rate itself,
whatever the (unknown) starting weights, while plain SGD moves it by the learning rate times a
small gradient."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from grader.checks.api import CheckFailed, call_text, check, fail, reveal, show
from grader.i18n import _, number
from grader.sandbox.session import Remote, WorkerError

from ..ch05_backprop import test_train_mnist as chapter5
from ..ch05_backprop.test_train_mnist import _data_dir, _loss_fell, _run_seed, _test_set
from . import convnet_scores

EPOCHS = 2
BATCH_SIZE = 50
TRAIN_SIZES = (7200, 8000, 8800)  # 144 to 176 updates an epoch
LEARNING_RATE = 0.004
PASS_MARK = 0.93  # the reference reaches about 96 % with these settings
TOLERANCE = 0.04  # how far the last test accuracy in the history may exceed the grader's
PROBE_BATCH = 25  # no class can be exactly 10 % of it: every output bias has a real gradient
HISTORY_KEYS = ("loss", "train_acc", "test_acc")
SHAPES = {"W1": (30, 1, 5, 5), "b1": (30,), "W2": (4320, 100), "b2": (100,), "W3": (100, 10),
          "b3": (10,)}
CHUNK = 250  # test images per forward pass in the grader: a few tens of MB at a time


def percent(fraction: float) -> str:
    """A fraction as a percentage, the sign written the learner's way ("96.5 %", "96,5 %",
    "96.5%"): in the value, not in the messages, where gettext would take "% of" for a
    format directive."""
    return _("{value} %").format(value=number(100 * fraction, 2))


def _train(sandbox, settings: dict, data_dir, hint: str) -> tuple[str, Any]:
    """The learner's train_convnet(**settings), and the text of the call."""
    call = call_text("train_convnet", **settings)
    try:
        return call, sandbox.module_proxy().train_convnet(**settings, data_dir=str(data_dir))
    except WorkerError as exc:
        if exc.kind not in ("timeout", "budget"):
            raise
        fail(_("{call} did not finish in time. It should make {updates} updates of {batch} "
               "images; check that it uses train_size, epochs and batch_size, and that it "
               "measures the accuracy on 1,000 images of each set, not on all of them.").format(
            call=call, updates=settings["epochs"] * (settings["train_size"]
                                                    // settings["batch_size"]),
            batch=settings["batch_size"]), hint="speed")


def _unpack(call: str, result: Any) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    """The trained parameters and the history, after checking their form."""
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        fail(_("{call} returned {got}; it should return a pair: (network, history).").format(
            call=call, got=show(result)), hint="return_value")
    network, history = result
    if not isinstance(network, Remote):
        fail(_("{call} returned {got} as its first value; it should return the trained "
               "SimpleConvNet object itself.").format(call=call, got=show(network)),
             hint="return_value")
    params = network.params
    if not isinstance(params, dict):
        fail(_("The network returned by {call} has params = {got}; it should be a dict of "
               "arrays W1, b1, W2, b2, W3, b3.").format(call=call, got=show(params)),
             hint="return_value")
    for key, shape in SHAPES.items():
        value = params.get(key)
        if not isinstance(value, np.ndarray) or value.dtype.kind != "f" or value.shape != shape:
            fail(_("The network returned by {call} has params['{key}'] = {got}; a "
                   "SimpleConvNet with its default sizes has a float array of shape {shape} "
                   "there.").format(call=call, key=key, got=show(value), shape=shape),
                 hint="return_value")
    if not (isinstance(history, dict)
            and all(isinstance(history.get(k), list) for k in HISTORY_KEYS)):
        fail(_("{call} returned {got} as its history; it should be a dict with the lists loss, "
               "train_acc and test_acc.").format(call=call, got=show(history)),
             hint="return_value")
    return params, history


@dataclass
class Run:
    """The main training run, and what the grader makes of it."""

    call: str
    settings: dict
    data_dir: Any
    result: Any
    _unpacked: tuple | None = field(default=None, repr=False)
    _accuracy: float | None = field(default=None, repr=False)

    @property
    def updates(self) -> int:
        return self.settings["epochs"] * (self.settings["train_size"]
                                          // self.settings["batch_size"])

    def unpack(self) -> tuple[dict[str, np.ndarray], dict[str, list]]:
        if self._unpacked is None:
            self._unpacked = _unpack(self.call, self.result)
        return self._unpacked

    def accuracy(self) -> float:
        """Test accuracy of the returned parameters on the 10,000 test images, by the grader's
        own forward pass (no reference is asked: no two trainings end with the same
        weights)."""
        if self._accuracy is None:
            params, _history = self.unpack()
            x, t = _test_set(self.data_dir)
            x = x.reshape(-1, 1, 28, 28)
            right = sum(int(np.sum(np.argmax(convnet_scores(params, x[i:i + CHUNK]), axis=1)
                                   == t[i:i + CHUNK])) for i in range(0, len(x), CHUNK))
            self._accuracy = right / len(x)
        return self._accuracy


def _settings(request: pytest.FixtureRequest, salt: bytes) -> np.random.Generator:
    return np.random.default_rng([_run_seed(request.config), zlib.crc32(salt)])


@pytest.fixture(scope="module")
def run(sandbox, exercise, request: pytest.FixtureRequest) -> Run:
    """Train once per grading run; every check below but the last looks at the same result."""
    if not (sandbox.workspace / exercise.module_path).is_file():
        fail(_("The file {file} is missing from your workspace.").format(
            file=exercise.module_path))
    data_dir = _data_dir(sandbox)
    rng = _settings(request, b"train_convnet")
    settings = {"epochs": EPOCHS, "batch_size": BATCH_SIZE, "learning_rate": LEARNING_RATE,
                "train_size": int(rng.choice(TRAIN_SIZES)), "seed": int(rng.integers(1000))}
    call, result = _train(sandbox, settings, data_dir, "speed")
    return Run(call, settings, data_dir, result)


@check("returns_network_and_history")
def test_returns_the_network_and_its_history(run: Run):
    run.unpack()


def _accuracy_hint(history: dict, accuracy: float) -> str | None:
    """The hint that fits the likely cause: bad examples or no learning, a network that is not
    the trained one, or (the catalog's) a setting that does not reach the loop."""
    if not _loss_fell(history["loss"]):
        return "loss_falls"
    reported = history["test_acc"][-1] if history["test_acc"] else None
    if isinstance(reported, (int, float, np.number)) and reported - accuracy > TOLERANCE:
        return "honest_history"
    return None


@check("reaches_test_accuracy")
def test_the_trained_network_reaches_the_pass_mark(run: Run):
    _params, history = run.unpack()
    accuracy = run.accuracy()
    if accuracy < PASS_MARK:
        fail(_("After {call}, your trained network recognises {accuracy} of the 10,000 test "
               "images (measured by the grader with the weights you returned); at least {mark} "
               "is needed. The reference reaches about {reference} with these settings.").format(
            call=run.call, accuracy=percent(accuracy), mark=percent(PASS_MARK),
            reference=percent(0.96)), hint=_accuracy_hint(history, accuracy))


def _numbers(values: list) -> list:
    return [v for v in values if isinstance(v, (int, float, np.number))]


@check("history_lengths")
def test_history_has_one_loss_per_update_and_one_accuracy_per_epoch(run: Run):
    _params, history = run.unpack()
    settings = run.settings
    if len(history["loss"]) != run.updates:
        fail(_("After {call}, history['loss'] has {got} values. With {size} training images in "
               "batches of {batch}, one epoch is {per_epoch} updates, so {epochs} epochs make "
               "{want} updates: one loss each.").format(
            call=run.call, got=len(history["loss"]), size=number(settings["train_size"], 0),
            batch=settings["batch_size"],
            per_epoch=settings["train_size"] // settings["batch_size"],
            epochs=settings["epochs"], want=run.updates))
    for key in ("train_acc", "test_acc"):
        values = history[key]
        if len(values) != settings["epochs"]:
            fail(_("After {call}, history['{key}'] has {got} values; it should have one per "
                   "epoch, {epochs} in all.").format(call=run.call, key=key, got=len(values),
                                                      epochs=settings["epochs"]))
        if len(_numbers(values)) != len(values) or not all(0 <= v <= 1 for v in values):
            fail(_("After {call}, history['{key}'] is {got}; accuracies are fractions between "
                   "0 and 1, such as 0.93.").format(call=run.call, key=key, got=show(values)))


@check("loss_falls")
def test_the_loss_falls(run: Run):
    """The same history, read the same way as chapter 5, with this chapter's hint: its ladder
    covers chapter 5's causes (examples apart from their labels, raw pixels) and the optimizer."""
    try:
        chapter5.test_the_loss_falls(run)
    except CheckFailed as failed:
        failed.hint = "loss_falls"
        raise


@check("history_is_honest")
def test_the_history_describes_the_returned_network(run: Run):
    _params, history = run.unpack()
    accuracy = run.accuracy()
    reported = history["test_acc"][-1] if history["test_acc"] else None
    # measured on 1,000 images, at the end of the last epoch (or at its start, as the book's
    # Trainer does): never much above what the returned network does on all 10,000
    if not isinstance(reported, (int, float, np.number)) or reported - accuracy > TOLERANCE:
        fail(_("After {call}, history['test_acc'] ends with {reported}, but the network you "
               "returned recognises {accuracy} of the test images. The history should "
               "describe the training of the network you return, measured on the test "
               "images.").format(call=run.call, reported=show(reported),
                                 accuracy=percent(accuracy)))


@check("adam_first_step")
def test_one_update_is_one_adam_step_of_the_learning_rate(sandbox, request):
    rng = _settings(request, b"train_convnet adam")
    rate = float(np.round(rng.uniform(0.005, 0.02), 4))
    settings = {"epochs": 1, "batch_size": PROBE_BATCH, "learning_rate": rate,
                "train_size": PROBE_BATCH, "seed": int(rng.integers(1000))}
    call, result = _train(sandbox, settings, _data_dir(sandbox), "optimizer")
    params, _history = _unpack(call, result)
    steps = np.abs(params["b3"].astype(float))  # the output biases start at 0
    if np.allclose(steps, rate, rtol=0.01):
        return
    parts = [_("After {call} (a single update of {batch} images), net.params['b3'] is {got}. "
               "The biases start at 0.").format(call=call, batch=PROBE_BATCH,
                                                  got=show(params["b3"], 6))]
    hint = "optimizer"
    if np.allclose(steps, 0.001, rtol=0.01):
        parts.append(_("Each moved by 0.001, Adam's default learning rate: pass "
                       "learning_rate on to Adam."))
        hint = "learning_rate"
    elif np.all(steps < 0.5 * rate):
        parts.append(_("They moved much less than the learning rate {rate}. Adam's first "
                       "update moves every parameter by about the learning rate, against the "
                       "sign of its gradient; plain SGD moves it by the learning rate times the "
                       "gradient, here a small number.").format(rate=number(rate, 4)))
    parts.append(reveal(_("Each should have moved by the learning rate, {rate}, up or "
                          "down.").format(rate=number(rate, 4))))
    fail(*parts, hint=hint)
