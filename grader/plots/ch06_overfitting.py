"""Picture for ch06.overfitting: training and test accuracy per epoch without regularisation
and with weight decay, the learner's runs over the reference's (`grade plot
ch06.overfitting`). The reference trains in a worker of its own (one BLAS thread, like the
learner's) while the learner's worker trains: both at once, sharing the machine fairly."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..catalog import load_course
from ..datasets.mnist import mnist_dir
from ..errors import KitError
from ..i18n import N_, _
from ..plugin import make_sandbox
from ..reference import Reference
from ..sandbox.session import WorkerError
from .style import save

EPOCHS = 200
RUNS = (({}, N_("without regularisation")),
        ({"weight_decay_lambda": 0.1}, N_("with weight decay, λ = 0.1")))


def _not_a_history() -> KitError:
    return KitError(_("train_overfit did not return a dict with the lists train_acc and "
                      "test_acc, so there is nothing to draw. Run `grade ch06.overfitting` to "
                      "see what is wrong."), code=1)


def _curves(history) -> dict[str, np.ndarray]:
    try:
        return {key: np.asarray(history[key], dtype=float).reshape(-1)
                for key in ("train_acc", "test_acc")}
    except (TypeError, ValueError, KeyError, IndexError):
        raise _not_a_history() from None


def _runs(trainer, data_dir: Path) -> list[dict]:
    """train_overfit for each setting of the picture."""
    return [_curves(trainer(epochs=EPOCHS, data_dir=str(data_dir), **settings))
            for settings, _label in RUNS]


class _ReferenceRuns:
    """The reference's histories, from a worker of its own, in a thread; None when they
    cannot be had. `cancel` stops that worker (the learner's run failed: nothing to draw)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.sandbox = None
        self.cancelled = False

    def __call__(self) -> list[dict] | None:
        course = load_course()
        reference = Reference()
        try:
            with make_sandbox(course, course.exercise("ch06.overfitting"), reference.folder,
                              reference, time_factor=4) as sandbox:
                self.sandbox = sandbox
                if self.cancelled:
                    return None
                return _runs(sandbox.module_proxy().train_overfit, self.data_dir)
        except (KitError, WorkerError, OSError):
            return None  # drawn without the reference rather than not at all

    def cancel(self) -> None:
        self.cancelled = True
        if self.sandbox is not None:
            self.sandbox.close()


def draw(student, ref, out_dir: Path) -> list[Path]:
    data_dir = mnist_dir(download=False)
    reference_runs = _ReferenceRuns(data_dir)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(reference_runs)
        try:
            mine = _runs(student.train_overfit, data_dir)
        except BaseException:
            reference_runs.cancel()
            raise
        theirs = future.result() or [None] * len(RUNS)
    return [save(_figure(mine, theirs), Path(out_dir) / "ch06_overfitting.png")]


def _figure(mine: list[dict], theirs: list[dict | None]) -> Figure:
    fig = Figure(figsize=(12, 5), layout="constrained")
    fig.suptitle(_("Overfitting: 300 training images, a network of 6 hidden layers of 100 "
                   "units") + "\n" + _("yours (colour) and the reference (dashed: black for the "
                                       "training images, grey for the test images)"))
    for ax, (_settings, label), got, want in zip(fig.subplots(1, 2, sharey=True), RUNS, mine,
                                                  theirs, strict=True):
        for key, colour, grey, what in (("train_acc", "tab:blue", "black", _("training images")),
                                        ("test_acc", "tab:orange", "0.55", _("test images"))):
            epochs = np.arange(1, got[key].size + 1)
            ax.plot(epochs, got[key], color=colour, linewidth=1.8,
                    label=_("yours, {what}").format(what=what))
            if want is not None:
                ax.plot(np.arange(1, want[key].size + 1), want[key], "--", color=grey,
                        linewidth=1.2, label=_("reference, {what}").format(what=what))
        ax.set_title(_(label))
        ax.set_xlabel(_("epoch"))
        ax.set_ylabel(_("accuracy"))
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
        ax.legend(loc="lower right", fontsize=9)
    return fig
