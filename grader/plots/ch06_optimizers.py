"""Picture for ch06.optimizers: the book's comparison. The paths of the learner's SGD, Momentum,
AdaGrad and Adam on f(x, y) = x²/20 + y² from (-7, 2), 30 updates each, over the contour
lines of f and beside the reference paths (`grade plot ch06.optimizers`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..checks.api import RemoteFunction
from ..i18n import _
from ..sandbox.session import WorkerError
from .ch03_activations import note
from .ch04_training import _reason
from .style import save

START = (-7.0, 2.0)
UPDATES = 30
RATES = {"SGD": 0.95, "Momentum": 0.1, "AdaGrad": 1.5, "Adam": 0.3}  # the book's


def gradient(x: float, y: float) -> dict:
    return {"x": np.array(x / 10), "y": np.array(2 * y)}


def reference_path(ref, name: str) -> np.ndarray:
    """(UPDATES + 1, 2): where the reference optimizer goes, from START."""
    params = {"x": np.array(START[0]), "y": np.array(START[1])}
    opt = getattr(ref, name)(lr=RATES[name])
    points = [START]
    for _n in range(UPDATES):
        opt.update(params, gradient(float(params["x"]), float(params["y"])))
        points.append((float(params["x"]), float(params["y"])))
    return np.array(points)


def learner_path(student, name: str) -> tuple[np.ndarray | None, str]:
    """The same path with the learner's optimizer, updating params in the worker; or None and
    the reason to write in the panel instead."""
    try:
        opt = getattr(student, name)(lr=RATES[name])
        start = {"x": np.array(START[0]), "y": np.array(START[1])}
        student._nnkata_optimizer_step = RemoteFunction("optimizer_on", (opt, start))
        step = student._nnkata_optimizer_step
        points = [START]
        for _n in range(UPDATES):
            values, _replaced, _returned = step(gradient(*points[-1]))
            points.append((float(values["x"]), float(values["y"])))
    except WorkerError as exc:
        return None, _reason(exc)
    except (TypeError, ValueError, KeyError):
        return None, _("update did not leave numbers in params['x'] and params['y']")
    return np.array(points), ""


def draw(student, ref, out_dir: Path) -> list[Path]:
    return [save(_figure(student, ref), Path(out_dir) / "ch06_optimizers.png")]


def _figure(student, ref) -> Figure:
    xs, ys = np.meshgrid(np.linspace(-10, 10, 201), np.linspace(-5, 5, 101))
    fig = Figure(figsize=(11, 8), layout="constrained")
    fig.suptitle(_("From (−7, 2) to the minimum of f(x, y) = x²/20 + y²: {n} updates").format(
        n=UPDATES) + "\n" + _("yours (colour) and the reference (black, dashed)"))
    for ax, name in zip(fig.subplots(2, 2).flat, RATES, strict=True):
        ax.contour(xs, ys, xs**2 / 20 + ys**2, levels=np.geomspace(0.1, 30, 9), colors="0.75",
                   linewidths=0.8)
        want = reference_path(ref, name)
        got, reason = learner_path(student, name)
        if got is not None:
            ax.plot(got[:, 0], got[:, 1], "o-", color="tab:red", markersize=4, linewidth=1.5,
                    label=_("yours"), zorder=3)
        ax.plot(want[:, 0], want[:, 1], "--", color="black", linewidth=1.2,
                label=_("reference"), zorder=4)
        ax.plot([0], [0], "+", color="black", markersize=12, zorder=5)
        if reason:
            note(ax, reason)
        ax.set_title(f"{name} (lr={RATES[name]})")
        ax.set_xlim(-10, 10)
        ax.set_ylim(-5, 5)
        ax.set_xlabel("x")
        ax.set_ylabel("y")
        ax.legend(loc="upper right")
    return fig
