"""Where the untouched stub and the reference solution of an exercise come from, and where the
learner's own version goes before a reset (`.nnkata/backups/`, never graded, never overwritten).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from ..catalog import Exercise
from ..i18n import _
from ..reference import KIT_ROOT, SOLUTIONS
from ..workspace import STATE_DIR
from .errors import LearnerError

KIT_EXERCISES = KIT_ROOT / "exercises"
BACKUPS = "backups"


def _from_git(exercise: Exercise) -> str | None:
    """The stub as the kit's last commit has it (the workspace is the kit's own `exercises/`)."""
    git = shutil.which("git")
    if git is None or not (KIT_ROOT / ".git").exists():
        return None
    try:
        shown = subprocess.run([git, "-C", str(KIT_ROOT), "show",
                                f"HEAD:exercises/{exercise.module_path}"],
                               capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return shown.stdout.decode("utf-8") if shown.returncode == 0 else None


def stub_text(exercise: Exercise, workspace: Path) -> str:
    """The stub as the kit ships it: from the kit's `exercises/` (a released kit has it too), or,
    when that folder is the workspace itself, from the kit's git history."""
    kit_file = KIT_EXERCISES / exercise.module_path
    if kit_file.is_file() and kit_file.resolve() != (workspace / exercise.module_path).resolve():
        return kit_file.read_text(encoding="utf-8")
    text = _from_git(exercise)
    if text is None:
        raise LearnerError(_("There is no untouched copy of the stub of {id} to restore: your "
                             "workspace is the kit's own exercises/ folder and the kit is not a "
                             "git clone. Unpack a fresh copy of the kit and copy {file} from "
                             "it.").format(id=exercise.id, file=exercise.module_path))
    return text


def reference_file(exercise: Exercise) -> Path | None:
    """The reference solution, or None in a released kit (which ships none)."""
    path = SOLUTIONS / exercise.module_path
    return path if path.is_file() else None


def backup(workspace: Path, exercise: Exercise, when: datetime) -> Path:
    """Copy the learner's file into `.nnkata/backups/<chapter>/<name>-<time>.py`; its path."""
    folder = workspace / STATE_DIR / BACKUPS / exercise.chapter_dir
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{exercise.name}-{stamp}.py"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{exercise.name}-{stamp}-{n}.py"
    shutil.copy2(workspace / exercise.module_path, target)
    return target
