"""Hidden checks for ch05.train_mnist: one short training run in the worker, judged here.

The learner's `train_mnist` runs once per grading, with settings drawn from the run's seed: a
hidden size, a batch size, a seed, and a larger learning rate than the default so that three
epochs are enough. Only the trained parameters and the history come back; the test accuracy is
measured here, on the 10,000 test images, with the reference network's `predict`, so a
submission cannot report its own score.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from grader.checks.api import call_text, check, fail, interface_failure, show
from grader.datasets.mnist import find_mnist, load_mnist_test
from grader.i18n import _, number, percent
from grader.plugin import GradingPlugin
from grader.sandbox.session import Remote, WorkerError

from . import network_scores

EPOCHS = 3
LEARNING_RATE = 0.5
BATCH_SIZES = (100, 120, 125, 150)  # each divides 60,000: a whole number of batches per epoch
HIDDEN_SIZES = range(64, 129)
PASS_MARK = 0.95
REFERENCE_ACCURACY = 0.965  # what the reference reaches with these settings, or more
TOLERANCE = 0.03  # between the last accuracy in the history and the returned network's
TRAIN_SIZE = 60000
HISTORY_KEYS = ("loss", "train_acc", "test_acc")
GUESS_LOSS = float(np.log(10))  # the cross-entropy of a blind guess among 10 digits


@cache
def _test_set(folder: Path) -> tuple[np.ndarray, np.ndarray]:
    return load_mnist_test(folder)


def _data_dir(sandbox) -> Path:
    """The MNIST folder lent to the worker (read-only); the grader reads the same one."""
    folder = sandbox.host.mnist_dir if find_mnist() is not None else None
    if folder is None:
        fail(_("The grader cannot find the MNIST files it needs to judge your training. Run "
               "`grade data` once to download them (about 11 MB), then grade again."),
             hint="get_mnist")
    return folder


def _run_seed(config: pytest.Config) -> int:
    for plugin in config.pluginmanager.get_plugins():
        if isinstance(plugin, GradingPlugin):
            return plugin.seed
    return 0


@dataclass
class Run:
    """One call of the learner's train_mnist, and what the grader makes of it."""

    call: str
    hidden: int
    batch: int
    data_dir: Path
    result: Any
    _unpacked: tuple | None = field(default=None, repr=False)
    _accuracy: float | None = field(default=None, repr=False)

    @property
    def iterations(self) -> int:
        return EPOCHS * (TRAIN_SIZE // self.batch)

    def unpack(self) -> tuple[dict[str, np.ndarray], dict[str, list]]:
        """The trained parameters and the history, after checking their form."""
        if self._unpacked is None:
            self._unpacked = _unpack(self)
        return self._unpacked

    def accuracy(self) -> float:
        """Test accuracy of the returned parameters, measured by the grader itself.

        Affine, ReLU, Affine, as chapter 5's network computes its scores (the softmax would not
        change which score is largest). No reference is asked: a released kit could not replay
        it, since no two trainings end with the same weights.
        """
        if self._accuracy is None:
            params, _history = self.unpack()
            x, t = _test_set(self.data_dir)
            predicted = np.argmax(network_scores(params, x), axis=1)
            self._accuracy = float(np.mean(predicted == t))
        return self._accuracy


def _unpack(run: Run) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    result = run.result
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        fail(_("{call} returned {got}; it should return a pair: (network, history).").format(
            call=run.call, got=show(result)), hint="return_value")
    network, history = result
    if not isinstance(network, Remote):
        fail(_("{call} returned {got} as its first value; it should return the trained "
               "TwoLayerNet object itself.").format(call=run.call, got=show(network)),
             hint="return_value")
    params = network.params
    shapes = {"W1": (784, run.hidden), "b1": (run.hidden,), "W2": (run.hidden, 10),
              "b2": (10,)}
    if not isinstance(params, dict):
        fail(_("The network returned by {call} has params = {got}; it should be a dict of "
               "arrays W1, b1, W2, b2.").format(call=run.call, got=show(params)),
             hint="return_value")
    for key, shape in shapes.items():
        value = params.get(key)
        if not isinstance(value, np.ndarray) or value.dtype.kind != "f" or value.shape != shape:
            fail(_("The network returned by {call} has params['{key}'] = {got}; with "
                   "hidden_size={hidden} it should be a float array of shape {shape}.").format(
                call=run.call, key=key, got=show(value), hidden=run.hidden, shape=shape),
                hint="return_value")
    if not (isinstance(history, dict)
            and all(isinstance(history.get(k), list) for k in HISTORY_KEYS)):
        fail(_("{call} returned {got} as its history; it should be the dict that train "
               "returns, with the lists loss, train_acc and test_acc.").format(
            call=run.call, got=show(history)), hint="return_value")
    return params, history


@pytest.fixture(scope="module")
def run(sandbox, exercise, request: pytest.FixtureRequest) -> Run:
    """Train once per grading run; every check below looks at the same result."""
    if not (sandbox.workspace / exercise.module_path).is_file():
        fail(_("The file {file} is missing from your workspace.").format(
            file=exercise.module_path))
    data_dir = _data_dir(sandbox)
    rng = np.random.default_rng([_run_seed(request.config), zlib.crc32(b"train_mnist")])
    hidden = int(rng.choice(HIDDEN_SIZES))
    batch = int(rng.choice(BATCH_SIZES))
    settings = {"epochs": EPOCHS, "batch_size": batch, "learning_rate": LEARNING_RATE,
                "hidden_size": hidden, "seed": int(rng.integers(1000))}
    call = call_text("train_mnist", **settings)
    try:
        result = sandbox.module_proxy().train_mnist(**settings, data_dir=str(data_dir))
    except WorkerError as exc:
        failure = interface_failure(exc)
        if failure is None:
            raise
        raise failure from None
    return Run(call, hidden, batch, data_dir, result)


@check("returns_network_and_history")
def test_returns_the_network_and_its_history(run: Run):
    run.unpack()


def _losses(loss) -> np.ndarray | None:
    try:
        return np.asarray(loss, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        return None


def _loss_fell(loss: list) -> bool:
    values = _losses(loss)
    if values is None or values.size < 2:
        return False
    n = max(1, values.size // 10)
    return bool(np.all(np.isfinite(values))) and values[-n:].mean() < 0.5 * values[:n].mean()


def _loss_hint(loss) -> str:
    """Why a loss does not fall: it explodes (raw pixels), or it stays at the loss of a blind
    guess (images apart from their labels)."""
    values = _losses(loss)
    if values is None or values.size < 2:
        return "loss_falls"
    n = max(1, values.size // 10)
    if (not np.all(np.isfinite(values)) or values.max() > 2 * GUESS_LOSS
            or values[-n:].mean() > values[:n].mean()):
        return "diverges"  # raw pixels: the first steps throw the loss far above a guess's
    return "labels_apart"


def _accuracy_hint(history: dict, accuracy: float) -> str | None:
    """The hint that fits the likely cause: bad examples, a network that is not the trained
    one, or (the catalog's) a setting that does not reach train."""
    if not _loss_fell(history["loss"]):
        return _loss_hint(history["loss"])
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
            reference=percent(REFERENCE_ACCURACY)),
            hint=_accuracy_hint(history, accuracy))


@check("history_lengths")
def test_history_has_one_loss_per_iteration_and_one_accuracy_per_epoch(run: Run):
    _params, history = run.unpack()
    if len(history["loss"]) != run.iterations:
        fail(_("After {call}, history['loss'] has {got} values. With 60,000 training images in "
               "batches of {batch}, one epoch is {per_epoch} iterations, so {epochs} epochs make "
               "{want} iterations: one loss each.").format(
            call=run.call, got=len(history["loss"]), batch=run.batch,
            per_epoch=TRAIN_SIZE // run.batch, epochs=EPOCHS, want=run.iterations))
    for key in ("train_acc", "test_acc"):
        values = history[key]
        if len(values) != EPOCHS:
            fail(_("After {call}, history['{key}'] has {got} values; it should have one per "
                   "epoch, {epochs} in all.").format(call=run.call, key=key, got=len(values),
                                                      epochs=EPOCHS),
                 hint="test_set" if key == "test_acc" and not values else None)
        numbers = [v for v in values if isinstance(v, (int, float, np.number))]
        if len(numbers) != len(values) or not all(0 <= v <= 1 for v in numbers):
            fail(_("After {call}, history['{key}'] is {got}; accuracies are fractions between "
                   "0 and 1, such as 0.93.").format(call=run.call, key=key, got=show(values)))


@check("loss_falls")
def test_the_loss_falls(run: Run):
    _params, history = run.unpack()
    try:
        loss = np.asarray(history["loss"], dtype=float).reshape(-1)
    except (TypeError, ValueError):
        fail(_("After {call}, history['loss'] is {got}; it should be a list of numbers.").format(
            call=run.call, got=show(history["loss"])))
    if loss.size < 2:
        fail(_("After {call}, history['loss'] is {got}; it should hold the loss of every "
               "iteration.").format(call=run.call, got=show(history["loss"])))
    bad = np.flatnonzero(~np.isfinite(loss))
    if bad.size:
        fail(_("After {call}, the loss became NaN or infinite at iteration {i}: the training "
               "diverged.").format(call=run.call, i=int(bad[0]) + 1), hint="diverges")
    n = max(1, loss.size // 10)
    first, last = float(loss[:n].mean()), float(loss[-n:].mean())
    if not last < 0.5 * first:
        fail(_("After {call}, the loss did not fall: it averaged {first} over the first {n} "
               "iterations and {last} over the last {n}. Training should take it from about 2.3 "
               "to well under 0.5.").format(call=run.call, first=number(first, 3),
                                            last=number(last, 3), n=n),
             hint=_loss_hint(loss))


@check("history_is_honest")
def test_the_history_describes_the_returned_network(run: Run):
    _params, history = run.unpack()
    accuracy = run.accuracy()
    reported = history["test_acc"][-1] if history["test_acc"] else None
    # train measures at the start of each epoch, so the last value is one epoch old: close to
    # the final accuracy, never far from it.
    if not isinstance(reported, (int, float, np.number)) or abs(reported - accuracy) > TOLERANCE:
        fail(_("After {call}, history['test_acc'] ends with {reported}, but the network you "
               "returned recognises {accuracy} of the test images. The history should "
               "describe the training of the network you return, measured on x_test and "
               "t_test.").format(call=run.call, reported=show(reported),
                                 accuracy=percent(accuracy)))
