"""Picture for ch04.training: the learner's train() teaching chapter 4's TwoLayerNet to read
3-bit binary numbers, its loss at every iteration and its accuracies, over the reference run
from the same starting weights (`grade plot ch04.training`).

The network lives in the learner's worker, made from the workspace's `two_layer_net` module
(under `grade plot`, its reference version, as while grading; see `uses`). The reference run
happens here, with the reference modules, and starts from the same parameters."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..checks.api import attribute_proxy
from ..checks.ch04_learning import sibling_module
from ..i18n import _
from ..sandbox.session import WorkerError
from .ch03_activations import MINE, REFERENCE, note
from .style import save

BITS = np.array([[(i >> 2) & 1, (i >> 1) & 1, i & 1] for i in range(8)], dtype=float)
SIZES = (3, 6, 8)
SETTINGS = {"iters": 200, "batch_size": 16, "learning_rate": 2.0, "seed": 0, "eval_every": 10}


def _data() -> tuple[np.ndarray, ...]:
    """Noisy copies of the 8 patterns: 8 each to learn from, 4 each to test on."""
    rng = np.random.default_rng(4)
    x_train = np.repeat(BITS, 8, axis=0) + rng.normal(0.0, 0.2, (64, 3))
    x_test = np.repeat(BITS, 4, axis=0) + rng.normal(0.0, 0.2, (32, 3))
    return x_train, np.repeat(np.arange(8), 8), x_test, np.repeat(np.arange(8), 4)


def _reason(exc: WorkerError) -> str:
    if exc.kind == "exception" and exc.detail.get("type") == "NotImplementedError":
        return _("not implemented yet")
    if exc.kind in ("exception", "missing"):
        return _("your code raised {type}").format(type=exc.detail.get("type", "AttributeError"))
    return _("your code did not answer")


def _reference_run(ref, data) -> tuple[dict | None, dict | None]:
    """The reference network's starting parameters and its history; (None, None) when the
    reference modules cannot be had (a released kit ships none)."""
    try:
        nets = importlib.import_module(f"{ref.__package__}.two_layer_net")
        net = nets.TwoLayerNet(*SIZES, weight_init_std=0.5, seed=0)
        start = {k: v.copy() for k, v in net.params.items()}
        x_train, t_train, x_test, t_test = data
        return start, ref.train(net, x_train, t_train, x_test=x_test, t_test=t_test, **SETTINGS)
    except Exception:  # noqa: BLE001 - the picture is drawn without the reference curve
        return None, None


def _learner_run(student, start, data) -> tuple[dict | None, str]:
    """The learner's history, or None and the reason to write in the picture instead."""
    x_train, t_train, x_test, t_test = data
    try:
        net = sibling_module(student, "two_layer_net").TwoLayerNet(*SIZES, weight_init_std=0.5,
                                                                   seed=0)
        if start is not None:
            params = attribute_proxy(net, "params")
            for key, value in start.items():
                params[key] = value
        history = student.train(net, x_train, t_train, x_test=x_test, t_test=t_test,
                                **SETTINGS)
    except WorkerError as exc:
        return None, _reason(exc)
    if not isinstance(history, dict) or not all(
            isinstance(history.get(k), list) for k in ("loss", "train_acc", "test_acc")):
        return None, _("train did not return a dict of lists loss, train_acc, test_acc")
    try:
        return {k: np.asarray(history[k], dtype=float) for k in history}, ""
    except (TypeError, ValueError):
        return None, _("the history holds values that are not numbers")


def draw(student, ref, out_dir: Path) -> list[Path]:
    return [save(_figure(student, ref), Path(out_dir) / "ch04_training.png")]


def _figure(student, ref) -> Figure:
    data = _data()
    start, want = _reference_run(ref, data)
    got, reason = _learner_run(student, start, data)
    fig = Figure(figsize=(12, 5), layout="constrained")
    fig.suptitle(_("Training a 3-6-8 network to read 3-bit binary numbers") + "\n"
                 + _("yours (solid) and the reference (dashed), from the same starting weights"))
    loss_ax, acc_ax = fig.subplots(1, 2)
    every = SETTINGS["eval_every"]
    if want is not None:
        loss_ax.plot(want["loss"], **REFERENCE, zorder=3, label=_("reference"))
        for key, color in (("train_acc", "black"), ("test_acc", "tab:gray")):
            acc_ax.plot(np.arange(len(want[key])) * every, want[key],
                        **dict(REFERENCE, color=color), zorder=3)
    if got is not None:
        loss_ax.plot(got["loss"], **dict(MINE, linewidth=2), label=_("yours"))
        for key, color, label in (("train_acc", "tab:blue", _("yours, training set")),
                                  ("test_acc", "tab:orange", _("yours, test set"))):
            if len(got[key]):
                acc_ax.plot(np.arange(len(got[key])) * every, got[key], marker="o",
                            markersize=3, **dict(MINE, linewidth=2, color=color), label=label)
    else:
        note(loss_ax, reason)
        note(acc_ax, reason)
    if want is not None:
        acc_ax.plot([], [], **REFERENCE, label=_("reference (black: training, grey: test)"))
    loss_ax.set_title(_("loss on each mini-batch"))
    loss_ax.set_xlabel(_("iteration"))
    loss_ax.set_ylabel(_("cross-entropy"))
    loss_ax.set_ylim(bottom=0)
    acc_ax.set_title(_("accuracy, every {n} iterations").format(n=every))
    acc_ax.set_xlabel(_("iteration"))
    acc_ax.set_ylabel(_("accuracy"))
    acc_ax.set_ylim(0, 1.05)
    for ax in (loss_ax, acc_ax):
        ax.set_xlim(0, SETTINGS["iters"])
        ax.grid(alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="upper right" if ax is loss_ax else "lower right")
    return fig
