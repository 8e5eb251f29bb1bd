"""Pictures for ch05.train_mnist (`grade plot ch05.train_mnist`): the learner's training run
as learning curves over the reference's, a confusion matrix on the test set, and a grid of the
test digits their network gets wrong."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

from ..catalog import load_course
from ..datasets.mnist import load_mnist_test, mnist_dir
from ..errors import KitError
from ..i18n import _, number, percent
from ..plugin import make_sandbox
from ..reference import Reference
from ..sandbox.session import WorkerError
from .style import save

# A short run: a few seconds, and already well above 95 % on the test set.
SETTINGS = {"epochs": 3, "batch_size": 100, "learning_rate": 0.5, "hidden_size": 100, "seed": 0}
TRAIN_SIZE = 60000
MISTAKES_SHOWN = (4, 8)  # rows, columns
ACCURACY_TICKS = (0.1, 0.5, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995)
def _not_a_result() -> KitError:
    return KitError(_("train_mnist did not return (network, history) with a TwoLayerNet and the "
                      "history of train, so there is nothing to draw. Run `grade "
                      "ch05.train_mnist` to see what is wrong."), code=1)


def _learner_run(student, settings: dict, data_dir: Path) -> tuple[dict, dict]:
    result = student.train_mnist(**settings, data_dir=str(data_dir))
    if not (isinstance(result, (tuple, list)) and len(result) == 2):
        raise _not_a_result()
    network, history = result
    try:
        params = network.params
    except (AttributeError, WorkerError):
        raise _not_a_result() from None
    keys_ok = isinstance(params, dict) and all(
        isinstance(params.get(k), np.ndarray) for k in ("W1", "b1", "W2", "b2"))
    if not keys_ok or not isinstance(history, dict):
        raise _not_a_result()
    return params, history


def _predict(ref, params: dict, x: np.ndarray) -> np.ndarray:
    """The learner's weights in the reference network: the digit each image is taken for."""
    net = ref.TwoLayerNet(784, params["W1"].shape[1], 10)
    for key in ("W1", "b1", "W2", "b2"):
        net.params[key][...] = params[key]
    return np.argmax(net.predict(x), axis=1)


def _numbers(values) -> np.ndarray:
    try:
        array = np.asarray(values, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        return np.zeros(0)
    return array


def _smooth(loss: np.ndarray, width: int) -> np.ndarray:
    if loss.size < width:
        return loss
    return np.convolve(loss, np.ones(width) / width, mode="valid")


class _ReferenceRun:
    """The reference's history and final test accuracy, trained in a worker of its own (one
    BLAS thread, like the learner's) so that both runs share the machine fairly, side by side.
    """

    def __init__(self, settings: dict, data_dir: Path, ref) -> None:
        self.settings, self.data_dir, self.ref = settings, data_dir, ref
        self.sandbox = None
        self.cancelled = False

    def __call__(self) -> tuple[dict, float | None]:
        course = load_course()
        exercise = course.exercise("ch05.train_mnist")
        reference = Reference()
        try:
            with make_sandbox(course, exercise, reference.folder, reference,
                              time_factor=4) as sandbox:
                self.sandbox = sandbox
                if self.cancelled:
                    return {}, None
                params, history = _learner_run(sandbox.module_proxy(), self.settings,
                                               self.data_dir)
        except (KitError, WorkerError, OSError):
            return {}, None  # drawn without the reference rather than not at all
        x_test, t_test = load_mnist_test(self.data_dir)
        return history, float(np.mean(_predict(self.ref, params, x_test) == t_test))

    def cancel(self) -> None:
        """Stop the reference's worker: the learner's run failed, there is nothing to draw."""
        self.cancelled = True
        if self.sandbox is not None:
            self.sandbox.close()


def draw(student, ref, out_dir: Path, *, settings: dict | None = None) -> list[Path]:
    settings = dict(SETTINGS if settings is None else settings)
    data_dir = mnist_dir(download=False)
    reference_run = _ReferenceRun(settings, data_dir, ref)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(reference_run)
        try:
            params, history = _learner_run(student, settings, data_dir)
        except BaseException:
            reference_run.cancel()
            raise
        ref_history, ref_final = future.result()
    x_test, t_test = load_mnist_test(data_dir)
    predicted = _predict(ref, params, x_test)
    finals = (float(np.mean(predicted == t_test)), ref_final)
    out_dir = Path(out_dir)
    return [
        save(_curves(history, ref_history, settings, finals),
             out_dir / "ch05_train_mnist_curves.png"),
        save(_confusion(predicted, t_test), out_dir / "ch05_train_mnist_confusion.png"),
        save(_mistakes(x_test, predicted, t_test), out_dir / "ch05_train_mnist_mistakes.png"),
    ]


def _curves(history: dict, ref_history: dict, settings: dict,
            finals: tuple[float, float | None]) -> Figure:
    per_epoch = TRAIN_SIZE // settings["batch_size"]
    epochs = settings["epochs"]
    fig = Figure(figsize=(11, 5), layout="constrained")
    fig.suptitle(_("Training on MNIST: yours (colour) and the reference (grey)") + "\n"
                 + _("{epochs} epochs, learning rate {lr}, {hidden} hidden units").format(
                     epochs=epochs, lr=number(settings["learning_rate"], 3),
                     hidden=settings["hidden_size"]))
    ax_loss, ax_acc = fig.subplots(1, 2)

    width = max(1, per_epoch // 10)
    for loss, style, label in (
        (_numbers(history.get("loss")), {"color": "tab:blue", "zorder": 2}, _("yours")),
        (_numbers(ref_history.get("loss")), {"color": "0.35", "linestyle": "--", "zorder": 3},
         _("reference")),
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
    ax_loss.legend()

    # train() measures at the start of every epoch; the grader adds the final test accuracy.
    for hist, final, mine in ((history, finals[0], True), (ref_history, finals[1], False)):
        who = _("yours") if mine else _("reference")
        for key, colour, grey, what in (("train_acc", "tab:blue", "0.6", _("training set")),
                                        ("test_acc", "tab:orange", "0.25", _("test set"))):
            acc = _numbers(hist.get(key))
            style = ({"color": colour, "marker": "o", "zorder": 2} if mine
                     else {"color": grey, "linestyle": "--", "marker": ".", "zorder": 3})
            if acc.size:
                ax_acc.plot(np.arange(acc.size), acc, **style,
                            label=_("{who}, {what}").format(who=who, what=what))
        if final is not None:
            ax_acc.plot([epochs], [final], linestyle="none", marker="*",
                        markersize=16 if mine else 9, color="tab:red" if mine else "0.35",
                        zorder=3 if mine else 4,
                        label=_("{who}, test set at the end").format(who=who))
    ax_acc.set_title(_("Accuracy as training goes on"))
    ax_acc.set_xlabel(_("epochs of training"))
    ax_acc.set_ylabel(_("accuracy"))
    ax_acc.set_yscale("logit")  # spreads out 90 %, 99 %, ... where the learning happens
    ax_acc.yaxis.set_major_locator(FixedLocator(ACCURACY_TICKS))
    ax_acc.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{number(100 * v, 1)} %"))
    ax_acc.yaxis.set_minor_formatter(NullFormatter())
    ax_acc.xaxis.get_major_locator().set_params(integer=True)
    ax_acc.legend(loc="lower right", fontsize=8)
    ax_acc.grid(alpha=0.3)
    return fig


def _confusion(predicted: np.ndarray, truth: np.ndarray) -> Figure:
    counts = np.zeros((10, 10), dtype=int)
    np.add.at(counts, (truth, predicted), 1)
    accuracy = float(np.mean(predicted == truth))
    fig = Figure(figsize=(7.5, 6.8), layout="constrained")
    ax = fig.subplots()
    # Colour the mistakes only, so the few that matter are not drowned by the diagonal.
    off = np.where(np.eye(10, dtype=bool), 0, counts)
    image = ax.imshow(off, cmap="Reds", vmin=0, vmax=max(1, int(off.max())))
    for i in range(10):
        for j in range(10):
            if counts[i, j]:
                dark = i != j and off[i, j] > 0.6 * off.max()
                ax.text(j, i, str(counts[i, j]), ha="center", va="center", fontsize=9,
                        color="white" if dark else "black",
                        fontweight="bold" if i == j else "normal")
    ax.set_xticks(range(10))
    ax.set_yticks(range(10))
    ax.set_xlabel(_("predicted digit"))
    ax.set_ylabel(_("true digit"))
    fig.suptitle(_("Confusion matrix on the 10,000 test images: {accuracy} correct").format(
        accuracy=percent(accuracy)))
    fig.colorbar(image, ax=ax, shrink=0.8, label=_("images taken for another digit"))
    return fig


def _mistakes(x: np.ndarray, predicted: np.ndarray, truth: np.ndarray) -> Figure:
    rows, cols = MISTAKES_SHOWN
    wrong = np.flatnonzero(predicted != truth)
    fig = Figure(figsize=(cols * 1.35, rows * 1.6 + 0.6), layout="constrained")
    fig.suptitle(_("Test digits your network gets wrong: {count} of {total}").format(
        count=number(wrong.size, 0), total=number(truth.size, 0)))
    for k, ax in enumerate(fig.subplots(rows, cols).flat):
        ax.set_axis_off()
        if k < wrong.size:
            i = wrong[k]
            ax.imshow(x[i].reshape(28, 28), cmap="gray_r", vmin=0, vmax=1)
            ax.set_title(_("seen as {predicted}\nactually {true}").format(
                predicted=predicted[i], true=truth[i]), fontsize=9)
    return fig
