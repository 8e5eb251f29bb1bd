"""Picture for ch06.weight_init: the book's histograms of activations, layer by layer, for
sigmoid with weights of standard deviation 1, 0.01 and Xavier's scale, and for ReLU with He's:
the learner's (filled) over the reference's (outline) (`grade plot ch06.weight_init`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..i18n import _
from ..sandbox.session import WorkerError
from .ch03_activations import note
from .ch04_training import _reason
from .style import save

LAYERS, NODES, SAMPLES = 5, 100, 1000
XAVIER, HE = float(np.sqrt(1 / NODES)), float(np.sqrt(2 / NODES))
BINS = np.linspace(0, 1, 31)  # the book's 30 bins over (0, 1)


def experiments() -> list[tuple[str, float, str]]:
    """(activation, weight_std, row label) of each row of the picture."""
    return [("sigmoid", 1.0, _("sigmoid, std 1")), ("sigmoid", 0.01, _("sigmoid, std 0.01")),
            ("sigmoid", XAVIER, _("sigmoid, Xavier")),
            ("relu", HE, _("ReLU, He\n(the zeros left out)"))]


def learner_layers(student, activation: str, weight_std: float) -> tuple[list | None, str]:
    try:
        got = student.activation_histograms(activation, weight_std, layers=LAYERS,
                                            nodes=NODES, samples=SAMPLES)
    except WorkerError as exc:
        return None, _reason(exc)
    if not (isinstance(got, (list, tuple)) and len(got) == LAYERS
            and all(isinstance(a, np.ndarray) and a.dtype.kind in "biuf" for a in got)):
        return None, _("did not return a list of {n} arrays").format(n=LAYERS)
    return [_values(activation, a) for a in got], ""


def _values(activation: str, layer: np.ndarray) -> np.ndarray:
    """What the histogram shows: every activation, less ReLU's zeros (half of them, a spike
    that would flatten the rest)."""
    values = np.asarray(layer, dtype=float).ravel()
    return values[values != 0] if activation == "relu" else values


def draw(student, ref, out_dir: Path) -> list[Path]:
    return [save(_figure(student, ref), Path(out_dir) / "ch06_weight_init.png")]


def _figure(student, ref) -> Figure:
    rows = experiments()
    fig = Figure(figsize=(14, 10.5), layout="constrained")
    fig.suptitle(_("Activations of 5 layers of 100 units, for 1,000 standard-normal inputs") +
                 "\n" + _("yours (blue) over the reference (black outline); 30 bins between 0 "
                          "and 1, as in the book"))
    grid = fig.subplots(len(rows), LAYERS, sharex=True)
    for row, (activation, std, label) in zip(grid, rows, strict=True):
        want = [_values(activation, a) for a in ref.activation_histograms(
            activation, std, layers=LAYERS, nodes=NODES, samples=SAMPLES)]
        got, reason = learner_layers(student, activation, std)
        for k, ax in enumerate(row):
            if got is not None:
                ax.hist(got[k], BINS, color="tab:blue", alpha=0.6, label=_("yours"))
            ax.hist(want[k], BINS, histtype="step", color="black", linewidth=1.2,
                    label=_("reference"))
            ax.set_yticks([])
            if k == 0:
                ax.set_ylabel(label, fontsize=11)
                if reason:
                    note(ax, reason)
            if row is grid[0]:
                ax.set_title(_("layer {k}").format(k=k + 1))
    grid[0][-1].legend(loc="upper right", fontsize=8)
    return fig
