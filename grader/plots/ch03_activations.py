"""Picture for ch03.activations: the learner's step, sigmoid, relu and identity drawn over the
reference curves, one panel each (`grade plot ch03.activations`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..i18n import _
from ..sandbox.session import WorkerError
from .style import save

X = np.linspace(-6.0, 6.0, 241)  # steps of 0.05, with 0 among them
FUNCTIONS = ("step_function", "sigmoid", "relu", "identity_function")
MINE = {"color": "tab:blue", "linewidth": 3, "alpha": 0.75, "solid_capstyle": "butt"}
REFERENCE = {"color": "black", "linewidth": 1.3, "linestyle": "--"}
def learner_values(function, x: np.ndarray, want: np.ndarray) -> tuple[np.ndarray | None, str]:
    """`function(x)` run in the worker, as floats shaped like `want`; or None and a short
    reason to write in the panel instead of the learner's curve."""
    try:
        got = function(x)
    except WorkerError as exc:
        if exc.kind == "exception" and exc.detail.get("type") == "NotImplementedError":
            return None, _("not implemented yet")
        if exc.kind == "exception":
            return None, _("your code raised {type}").format(type=exc.detail.get("type"))
        return None, _("your code did not answer")
    values = np.asarray(got) if isinstance(got, (np.ndarray, np.generic, int, float)) else None
    if values is None or values.dtype.kind not in "biuf":
        return None, _("returned {type}, not numbers").format(type=type(got).__name__)
    if values.shape != want.shape:
        return None, _("returned shape {got} instead of {want}").format(got=values.shape,
                                                                        want=want.shape)
    return values.astype(float), ""


def note(ax, text: str) -> None:
    """A short remark in the middle of a panel (why the learner's curve is missing)."""
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=11,
            color="tab:red", bbox={"facecolor": "white", "edgecolor": "tab:red"})


def draw(student, ref, out_dir: Path) -> list[Path]:
    return [save(_figure(student, ref), Path(out_dir) / "ch03_activations.png")]


def _figure(student, ref) -> Figure:
    fig = Figure(figsize=(10, 7.5), layout="constrained")
    fig.suptitle(_("Activation functions: yours (solid) over the reference (dashed)"))
    for ax, name in zip(fig.subplots(2, 2).flat, FUNCTIONS, strict=True):
        with np.errstate(over="ignore"):
            want = np.asarray(getattr(ref, name)(X), dtype=float)
        got, reason = learner_values(getattr(student, name), X, want)
        title = name
        if got is not None:
            ax.plot(X, got, label=_("yours"), **MINE)
            if not np.allclose(got, want, rtol=1e-6, atol=1e-8, equal_nan=False):
                title = _("{name}: differs from the reference").format(name=name)
        ax.plot(X, want, label=_("reference"), **REFERENCE)
        if reason:
            note(ax, reason)
        ax.set_title(title, color="tab:red" if got is None or title != name else "black")
        ax.set_xlabel("x")
        ax.set_ylabel(f"{name}(x)")
        ax.axhline(0, color="0.8", linewidth=0.8, zorder=0)
        ax.axvline(0, color="0.8", linewidth=0.8, zorder=0)
        ax.legend(loc="upper left")
    return fig
