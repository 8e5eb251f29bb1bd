"""Pictures for ch07.train_convnet (`grade plot ch07.train_convnet`): the learner's training run
as learning curves over the reference's, a confusion matrix on the test set, and the 30 filters
of the first layer before and after training (the book's figure 7-24: noise at first, then
edges and blobs that respond to strokes of a given direction)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator

from ..catalog import load_course
from ..checks.ch07_cnn import convnet_scores
from ..datasets.mnist import load_mnist_test, mnist_dir
from ..errors import KitError
from ..i18n import _, number
from ..plugin import make_sandbox
from ..reference import Reference
from ..sandbox.session import WorkerError
from .ch05_train_mnist import _confusion, _numbers, _smooth
from .style import save

# Two short epochs: about half a minute for the reference, already near 97 % on the test set.
SETTINGS = {"epochs": 2, "batch_size": 100, "learning_rate": 0.002, "train_size": 15000,
            "seed": 0}
KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")
CHUNK = 250


def _not_a_result() -> KitError:
    return KitError(_("train_convnet did not return (network, history) with a SimpleConvNet and "
                      "its history, so there is nothing to draw. Run `grade ch07.train_convnet` "
                      "to see what is wrong."), code=1)


def _run(module, settings: dict, data_dir: Path) -> tuple[dict, dict]:
    """train_convnet of `module` (the learner's, or the reference's in a worker of its own):
    the trained parameters and the history."""
    result = module.train_convnet(**settings, data_dir=str(data_dir))
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        raise _not_a_result()
    network, history = result
    try:
        params = network.params
    except (AttributeError, WorkerError):
        raise _not_a_result() from None
    if not (isinstance(params, dict) and isinstance(history, dict)
            and all(isinstance(params.get(k), np.ndarray) for k in KEYS)):
        raise _not_a_result()
    return params, history


def _first_filters(module, seed: int) -> np.ndarray | None:
    """W1 of SimpleConvNet(seed=seed) as made in the learner's worker (where train_convnet
    imports it), the filters training started from when it passes its seed on."""
    try:
        return np.asarray(module.SimpleConvNet(seed=seed).params["W1"])
    except (AttributeError, KeyError, TypeError, WorkerError):
        return None


def _reference_run(settings: dict, data_dir: Path, started: list) -> tuple[dict, dict | None]:
    """The reference's run, in its own worker (one BLAS thread, like the learner's), beside the
    learner's; `started` receives the sandbox, so that it can be closed early."""
    course = load_course()
    reference = Reference()
    try:
        with make_sandbox(course, course.exercise("ch07.train_convnet"), reference.folder,
                          reference, time_factor=4) as sandbox:
            started.append(sandbox)
            params, history = _run(sandbox.module_proxy(), settings, data_dir)
    except (KitError, WorkerError, OSError):
        return {}, None  # drawn without the reference rather than not at all
    return history, params


def _predict(params: dict, x: np.ndarray) -> np.ndarray:
    return np.concatenate([np.argmax(convnet_scores(params, x[i:i + CHUNK]), axis=1)
                           for i in range(0, len(x), CHUNK)])


def draw(student, ref, out_dir: Path, *, settings: dict | None = None) -> list[Path]:
    settings = dict(SETTINGS if settings is None else settings)
    data_dir = mnist_dir(download=False)
    started: list = []
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(_reference_run, settings, data_dir, started)
        try:
            before = _first_filters(student, settings["seed"])
            params, history = _run(student, settings, data_dir)
        except BaseException:
            for sandbox in started:
                sandbox.close()
            raise
        ref_history, ref_params = future.result()
    x_test, t_test = load_mnist_test(data_dir)
    x_test = x_test.reshape(-1, 1, 28, 28)
    predicted = _predict(params, x_test)
    finals = (float(np.mean(predicted == t_test)),
              None if ref_params is None else float(np.mean(_predict(ref_params, x_test)
                                                            == t_test)))
    out_dir = Path(out_dir)
    return [
        save(_curves(history, ref_history, settings, finals),
             out_dir / "ch07_train_convnet_curves.png"),
        save(_confusion(predicted, t_test), out_dir / "ch07_train_convnet_confusion.png"),
        save(_filters(before, params["W1"], settings["seed"]),
             out_dir / "ch07_train_convnet_filters.png"),
    ]


def _curves(history: dict, ref_history: dict, settings: dict,
            finals: tuple[float, float | None]) -> Figure:
    per_epoch = settings["train_size"] // settings["batch_size"]
    epochs = settings["epochs"]
    fig = Figure(figsize=(11, 5), layout="constrained")
    fig.suptitle(_("Training the convolutional network: yours (colour) and the reference "
                   "(grey)") + "\n"
                 + _("{epochs} epochs of {images} images, Adam with learning rate {lr}").format(
                     epochs=epochs, images=number(settings["train_size"], 0),
                     lr=number(settings["learning_rate"], 4)))
    ax_loss, ax_acc = fig.subplots(1, 2)
    width = max(1, per_epoch // 10)
    for loss, style, label in (
        (_numbers(history.get("loss")), {"color": "tab:blue", "zorder": 2}, _("yours")),
        (_numbers(ref_history.get("loss")), {"color": "0.35", "linestyle": "--", "zorder": 3},
         _("reference solution")),
    ):
        if loss.size:
            smooth = _smooth(loss, width)
            start = (loss.size - smooth.size) / 2
            ax_loss.plot((np.arange(smooth.size) + start + 1) / per_epoch, smooth, label=label,
                         **style)
    ax_loss.set_title(_("Loss per mini-batch (moving average)"))
    ax_loss.set_xlabel(_("epochs of training"))
    ax_loss.set_ylabel(_("cross-entropy loss"))
    ax_loss.set_yscale("log")
    # decades and their 2s and 5s, labelled as plain numbers (0.2, 0.5, 1, 2)
    ax_loss.yaxis.set_minor_locator(LogLocator(subs=(2.0, 5.0)))
    for axis in (ax_loss.yaxis.set_major_formatter, ax_loss.yaxis.set_minor_formatter):
        axis(FuncFormatter(lambda v, _pos: number(v, 2)))
    ax_loss.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, 2)))
    ax_loss.legend()

    for hist, final, mine in ((history, finals[0], True), (ref_history, finals[1], False)):
        who = _("yours") if mine else _("reference solution")
        for key, colour, grey, what in (
                ("train_acc", "tab:blue", "0.6", _("1,000 training images")),
                ("test_acc", "tab:orange", "0.25", _("1,000 test images"))):
            acc = _numbers(hist.get(key))
            style = ({"color": colour, "marker": "o", "zorder": 2} if mine
                     else {"color": grey, "linestyle": "--", "marker": ".", "zorder": 3})
            if acc.size:
                ax_acc.plot(np.arange(1, acc.size + 1) * epochs / acc.size, 100 * acc, **style,
                            label=_("{who}, {what}").format(who=who, what=what))
        if final is not None:
            ax_acc.plot([epochs], [100 * final], linestyle="none", marker="*",
                        markersize=16 if mine else 9, color="tab:red" if mine else "0.35",
                        zorder=3 if mine else 4,
                        label=_("{who}, all 10,000 test images").format(who=who))
    ax_acc.set_title(_("Accuracy after each epoch"))
    ax_acc.set_xlabel(_("epochs of training"))
    ax_acc.set_ylabel(_("accuracy (%)"))
    ax_acc.xaxis.get_major_locator().set_params(integer=True)
    ax_acc.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, 1)))
    ax_acc.legend(loc="lower right", fontsize=8)
    ax_acc.grid(alpha=0.3)
    return fig


def _filters(before: np.ndarray | None, after: np.ndarray, seed: int) -> Figure:
    """Each filter in grey levels, scaled to its own range as the book draws them: dark where
    a filter weighs a pixel most, light where least."""
    rows = [(after, _("after training: the first layer of your network"))]
    if before is not None and before.shape == after.shape:
        rows.insert(0, (before, _("before training: SimpleConvNet(seed={seed}), random").format(
            seed=seed)))
    count = after.shape[0]
    cols = 10
    lines = -(-count // cols)
    fig = Figure(figsize=(cols * 0.9, len(rows) * (lines * 0.95 + 0.5)), layout="constrained")
    fig.suptitle(_("The {count} filters of the first layer, 5 × 5 pixels each").format(
        count=count))
    for subfig, (filters, title) in zip(np.atleast_1d(fig.subfigures(len(rows), 1)), rows,
                                        strict=True):
        subfig.suptitle(title, fontsize=10)
        for k, ax in enumerate(subfig.subplots(lines, cols).flat):
            ax.set_axis_off()
            if k < count:
                ax.imshow(filters[k, 0], cmap="gray_r", interpolation="nearest")
    return fig
