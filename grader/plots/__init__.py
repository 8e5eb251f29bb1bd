"""Pictures of the learner's work, one module per exercise: `grader/plots/<chNN>_<name>.py`.

Each module defines `draw(student, ref, out_dir) -> list[Path]`: `student` is the learner's
module (a `Remote` living in the worker), `ref` the reference module; it saves PNG files with
matplotlib's Agg backend into `out_dir` and returns their paths. `grade plot ID` runs it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import matplotlib

matplotlib.use("Agg")


def plotter(exercise_id: str) -> ModuleType | None:
    """The plotting module of an exercise, or None when the exercise has no picture."""
    try:
        return importlib.import_module(f"{__name__}.{exercise_id.replace('.', '_')}")
    except ModuleNotFoundError:
        return None
