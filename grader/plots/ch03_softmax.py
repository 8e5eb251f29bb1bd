"""Picture for ch03.softmax: bar charts of the learner's softmax next to the reference one, for
a few score vectors, one with large scores, and a batch read row by row
(`grade plot ch03.softmax`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..i18n import _
from .ch03_activations import learner_values, note
from .style import save

VECTORS = (np.array([0.3, 2.9, 4.0]), np.array([-1.0, 0.5, 2.0, 1.0, -0.5]),
           np.array([1010.0, 1000.0, 990.0]))
BATCH = np.array([[1.0, 2.0, 3.0], [1010.0, 1000.0, 990.0], [0.0, 0.0, 0.0]])


def _bars(ax, scores: np.ndarray, got: np.ndarray | None, want: np.ndarray, reason: str,
          title: str) -> None:
    k = np.arange(len(scores))
    if got is not None:
        ax.bar(k - 0.2, np.nan_to_num(got, nan=0.0), width=0.4, color="tab:blue", alpha=0.8,
               label=_("yours"))
        if np.any(~np.isfinite(got)):
            note(ax, _("NaN in your output"))
        elif not np.allclose(got, want, rtol=1e-6, atol=1e-8):
            title += "\n" + _("yours adds up to {total}").format(total=f"{np.sum(got):.4g}")
    ax.bar(k + 0.2, want, width=0.4, fill=False, edgecolor="black", linestyle="--",
           label=_("reference"))
    if reason:
        note(ax, reason)
    ax.set_title(title, fontsize=10,
                 color="black" if got is not None and np.allclose(got, want) else "tab:red")
    ax.set_xticks(k, [f"{s:g}" for s in scores], fontsize=8)
    ax.set_xlabel(_("scores a"))
    ax.set_xlim(-0.6, len(scores) - 0.4)
    ax.set_ylim(0, 1.1)


def draw(student, ref, out_dir: Path) -> list[Path]:
    return [save(_figure(student, ref), Path(out_dir) / "ch03_softmax.png")]


def _figure(student, ref) -> Figure:
    fig = Figure(figsize=(12, 7.5), layout="constrained")
    fig.suptitle(_("softmax: yours (solid) next to the reference (dashed outline)"))
    axes = fig.subplots(2, 3)
    for ax, a in zip(axes[0], VECTORS, strict=True):
        want = ref.softmax(a)
        got, reason = learner_values(student.softmax, a, want)
        _bars(ax, a, got, want, reason, f"softmax({[float(v) for v in a]})")
    want = ref.softmax(BATCH)
    got, reason = learner_values(student.softmax, BATCH, want)
    for row, ax in enumerate(axes[1]):
        _bars(ax, BATCH[row], None if got is None else got[row], want[row], reason,
              _("a batch of 3 rows: row {row}").format(row=row + 1))
    axes[0][0].set_ylabel(_("probability"))
    axes[1][0].set_ylabel(_("probability"))
    axes[0][0].legend(loc="upper left")
    return fig
