"""Hidden checks for ch06.overfitting: the learner's `train_overfit` runs in the worker, three
times per grading, and its histories are judged here.

- run "plain": no regularisation, EPOCHS epochs: the 300 training images must be learnt by
  heart (training accuracy near 100 %) while the test accuracy stays far below;
- run "decay": weight_decay_lambda=0.1, EPOCHS epochs: training accuracy stops clearly short of
  the plain run's, and the network still learns;
- run "dropout": use_dropout=True, dropout_ratio=0.15, DROPOUT_EPOCHS epochs: training is
  clearly slower than the plain run's over the same epochs.

The thresholds hold for the reference with a wide margin over 20 seeds (measured with
120 epochs): its plain run ends at 99 to 100 % on the training images and 67 to 74 % on the
test images (a gap of 26 to 33 points); with weight decay, the training accuracy is 8 to 19
points lower and the test accuracy 59 to 69 %; after 30 epochs, dropout costs 34 to 52 points
of training accuracy. The three runs take about 9 s of CPU for the reference
(benchmarks/overfitting_speed.py); the book's 201 epochs, measured on the 10,000 test images
each time, would take over half a minute each."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
import pytest

from grader.checks.api import CheckFailed, call_text, check, fail, show
from grader.i18n import _, number
from grader.sandbox.session import WorkerError

from ..ch05_backprop.test_train_mnist import _data_dir, _run_seed

EPOCHS = 120
DROPOUT_EPOCHS = 30
LAST = 20  # the last epochs averaged, so one lucky or unlucky epoch does not decide
RUNS = {"plain": ({}, EPOCHS), "decay": ({"weight_decay_lambda": 0.1}, EPOCHS),
        "dropout": ({"use_dropout": True, "dropout_ratio": 0.15}, DROPOUT_EPOCHS)}
MEMORISED = 0.95  # the plain run's training accuracy, at least
LEARNT = 0.5  # test accuracy, at least, of the runs that train for EPOCHS
GAP = 0.12  # the plain run's test accuracy is at least this far below its training accuracy
DECAY_COST = 0.04  # weight decay keeps the training accuracy at least this far below
DROPOUT_COST = 0.15  # and dropout, over the first DROPOUT_EPOCHS epochs


def percent(fraction: float) -> str:
    return number(100 * fraction, 1)


@dataclass
class History:
    call: str
    epochs: int
    train: np.ndarray
    test: np.ndarray

    def last(self, key: str, n: int = LAST) -> float:
        return float(np.mean(getattr(self, key)[-n:]))


class Runs:
    """The learner's train_overfit, called once per setting (and only when a check needs it)."""

    def __init__(self, student, data_dir, seed: int) -> None:
        self.student, self.data_dir, self.seed = student, data_dir, seed
        self._done: dict[str, History | Exception] = {}

    def __getitem__(self, name: str) -> History:
        if name not in self._done:
            settings, epochs = RUNS[name]
            settings = {**settings, "epochs": epochs, "seed": self.seed}
            call = call_text("train_overfit", **settings)
            try:
                result = self.student.train_overfit(**settings, data_dir=str(self.data_dir))
                self._done[name] = _history(result, call, epochs)
            except (WorkerError, CheckFailed) as exc:  # a failed run is not run again
                self._done[name] = exc
        done = self._done[name]
        if isinstance(done, Exception):
            raise done
        return done


def _history(result, call: str, epochs: int) -> History:
    if not isinstance(result, dict) or not all(isinstance(result.get(k), list)
                                               for k in ("train_acc", "test_acc")):
        fail(_("{call} returned {got}; it should return a dict with the lists train_acc and "
               "test_acc.").format(call=call, got=show(result)), hint="history")
    arrays = {}
    for key in ("train_acc", "test_acc"):
        values = result[key]
        if len(values) not in (epochs, epochs + 1):
            fail(_("{call} returned {n} values in history['{key}']; it should hold one per "
                   "epoch, {epochs} in all.").format(call=call, n=len(values), key=key,
                                                     epochs=epochs), hint="history")
        try:
            arrays[key] = np.asarray(values, dtype=float).reshape(-1)
        except (TypeError, ValueError):
            arrays[key] = np.full(1, np.nan)
        if arrays[key].size != len(values) or not np.all((arrays[key] >= 0)
                                                         & (arrays[key] <= 1)):
            fail(_("{call}: history['{key}'] is {got}; accuracies are fractions between 0 and "
                   "1, such as 0.93.").format(call=call, key=key, got=show(values)),
                 hint="history")
    return History(call, epochs, arrays["train_acc"], arrays["test_acc"])


@pytest.fixture(scope="module")
def runs(sandbox, exercise, request: pytest.FixtureRequest) -> Runs:
    if not (sandbox.workspace / exercise.module_path).is_file():
        fail(_("The file {file} is missing from your workspace.").format(
            file=exercise.module_path))
    rng = np.random.default_rng([_run_seed(request.config), zlib.crc32(b"train_overfit")])
    return Runs(sandbox.module_proxy(), _data_dir(sandbox), int(rng.integers(1000)))


@check("history_form")
def test_history_has_one_accuracy_per_epoch(runs: Runs):
    runs["plain"]  # its form is checked as it comes back


@check("memorises_training_set")
def test_without_regularisation_the_training_set_is_learnt_by_heart(runs: Runs):
    plain = runs["plain"]
    train = plain.last("train", 5)
    if train < MEMORISED:
        fail(_("After {call}, the training accuracy ends at {train} % (the last 5 epochs on "
               "average). A network this large, trained for {epochs} epochs on only 300 images, "
               "should learn them by heart: at least {mark} %.").format(
            call=plain.call, train=percent(train), epochs=plain.epochs,
            mark=percent(MEMORISED)), hint=None if train > 0.2 else "not_learning")


@check("test_lags_behind")
def test_the_test_accuracy_stays_far_below(runs: Runs):
    plain = runs["plain"]
    train, test = plain.last("train", 5), plain.last("test", 5)
    if test < LEARNT:
        fail(_("After {call}, the test accuracy ends at {test} % (the last 5 epochs on "
               "average): the network has learnt almost nothing that holds beyond its 300 "
               "training images. It should reach at least {mark} %.").format(
            call=plain.call, test=percent(test), mark=percent(LEARNT)))
    if train - test < GAP:
        fail(_("After {call}, the training accuracy ends at {train} % and the test accuracy at "
               "{test} %: too close. Trained on 300 images only, the network should do far "
               "better on them than on unseen images; is test_acc measured on the test "
               "images?").format(call=plain.call, train=percent(train), test=percent(test)))


@check("weight_decay_regularises")
def test_weight_decay_keeps_the_network_from_learning_by_heart(runs: Runs):
    plain, decay = runs["plain"], runs["decay"]
    mine, free = decay.last("train"), plain.last("train")
    gaps = _("Gap between training and test accuracy over the last {n} epochs: {plain} points "
             "without weight decay, {decay} with it.").format(
        n=LAST, plain=percent(plain.last("train") - plain.last("test")),
        decay=percent(decay.last("train") - decay.last("test")))
    if mine > free - DECAY_COST:
        fail(_("After {call}, over the last {n} epochs, the training accuracy averages "
               "{mine} %, against {free} % without weight decay. With weight_decay_lambda=0.1, "
               "large weights cost something, and the network should stop well short of "
               "learning its training images by heart (at least {cost} points lower).").format(
            call=decay.call, mine=percent(mine), n=LAST, free=percent(free),
            cost=percent(DECAY_COST)), gaps)
    if decay.last("test") < LEARNT:
        fail(_("After {call}, over the last {n} epochs, the test accuracy averages {test} %: "
               "with weight decay the network should still learn (at least {mark} %).").format(
            call=decay.call, test=percent(decay.last("test")), n=LAST, mark=percent(LEARNT)),
            gaps)


@check("dropout_regularises")
def test_dropout_slows_the_learning_by_heart(runs: Runs):
    plain, dropout = runs["plain"], runs["dropout"]
    n = 5
    mine = dropout.last("train", n)
    offset = len(plain.train) - plain.epochs  # 1 when the history starts before training
    free = float(np.mean(plain.train[offset + DROPOUT_EPOCHS - n:offset + DROPOUT_EPOCHS]))
    if mine > free - DROPOUT_COST:
        fail(_("After {call}, over epochs {first} to {last}, the training accuracy averages "
               "{mine} %, against {free} % without dropout. With use_dropout=True, every step "
               "trains a thinned network, and learning the training images should be clearly "
               "slower (at least {cost} points lower).")
             .format(call=dropout.call, mine=percent(mine), first=DROPOUT_EPOCHS - n + 1,
                     last=DROPOUT_EPOCHS, free=percent(free), cost=percent(DROPOUT_COST)))
