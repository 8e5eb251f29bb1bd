"""Where reference answers come from: the kit's `solutions/`, imported in the grader's process.

The learner's worker never sees these modules. A `Reference` gives the checks a module to call
(`module`), and says whether it can serve an exercise to the learner's code that uses it
(`serves`), so a bug in chapter 3 does not fail chapter 5 as well.
"""

from __future__ import annotations

import importlib
import importlib.util
import secrets
import sys
from pathlib import Path
from types import ModuleType

from .catalog import Exercise

KIT_ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = KIT_ROOT / "solutions"
_PACKAGE = "nnkata_reference"


class Reference:
    """Reference modules loaded from a solutions folder."""

    def __init__(self, folder: Path = SOLUTIONS) -> None:
        self.folder = folder

    @property
    def available(self) -> bool:
        return self.folder.is_dir()

    def module(self, exercise: Exercise) -> ModuleType:
        if _PACKAGE not in sys.modules:
            package = ModuleType(_PACKAGE)
            package.__path__ = [str(self.folder)]
            sys.modules[_PACKAGE] = package
        return importlib.import_module(f"{_PACKAGE}.{exercise.dotted}")

    def serves(self, exercise: Exercise) -> bool:
        """Whether the grader can run this exercise's reference for the learner's code that
        uses it (served from the grader's process: its code never reaches the worker)."""
        return (self.folder / exercise.module_path).is_file()

    def source(self, exercise: Exercise) -> str | None:
        """The reference's text (for the class report's common ground), None where absent."""
        path = self.folder / exercise.module_path
        return path.read_text(encoding="utf-8") if path.is_file() else None

    def pick_seed(self, seed: int | None) -> int:
        """The seed of a run: the one asked for, else a fresh one."""
        return secrets.randbelow(2**31) if seed is None else seed


def default_reference() -> Reference:
    """The kit's `solutions/`; in a released kit, which has none, the answers recorded at release
    (see `grader.instructor.recorded`)."""
    if not SOLUTIONS.is_dir():
        from .instructor.recorded import recorded_reference

        replay = recorded_reference()
        if replay is not None:
            return replay
    return Reference()
