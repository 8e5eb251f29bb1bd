"""`grade release OUT`: the folder a student receives.

It holds the stubs (`exercises/`), the grader with its hidden checks, the translation catalogs,
`pyproject.toml` (so `pip install -e .` works there) and the course file, and never
`solutions/`. Instead, the answers the checks need are recorded from the solutions for a few
seeds (`grader/checks/recorded/`, see `grader.instructor.recorded`). Before anything is written
to OUT, the release proves itself: the solutions must pass every check while recording, and
again when replayed from the record alone. The folder is built next to OUT and renamed at the
end, so OUT is either complete or absent.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..catalog import Course, checks_file
from ..engines.classroom import write_workflow
from ..errors import KitError
from ..i18n import _
from ..reference import SOLUTIONS
from ..runner import grade
from ..workspace import folder_atomically
from .assignment import COURSE_FILE, KIT_ROOT, Assignment
from .recorded import RECORDED_DIR, Recording, RecordingReference, ReplayReference

COPIED = ("grader", "exercises", "locales", "pyproject.toml", "README.md", "LICENSE")
# The solutions' catalogs hold their comments: they stay with the solutions.
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".nnkata", "*.egg-info", "recorded",
                                  ".pytest_cache", "solutions.po", "solutions.mo")


@dataclass
class Released:
    folder: Path
    exercises: list[str]
    seeds: list[int]


def _failures(result) -> list[str]:
    return [f"{e.id}::{c.id}" for e in result.exercises for c in e.checks if not c.passed]


def _copy_kit(kit: Path, target: Path) -> None:
    for name in COPIED:
        source = kit / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_IGNORED)
        elif source.is_file():
            shutil.copy2(source, target / name)


def release(out: Path, course: Course, assignment: Assignment | None, *, seeds: int = 5,
            kit: Path = KIT_ROOT, solutions: Path = SOLUTIONS,
            on_step: Callable[[str], None] | None = None) -> Released:
    """Build the student kit in `out`; raise `KitError` and leave `out` untouched on failure."""
    out = out.resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KitError(_("{path} already exists and is not empty; choose a new folder for the "
                         "release.").format(path=out))
    if out == kit or kit in out.parents and out.parts[len(kit.parts)] in COPIED + ("solutions",):
        raise KitError(_("The release cannot be written inside the kit's own {folder} folder; "
                         "choose a folder elsewhere.").format(folder=out.parts[len(kit.parts)]
                                                              if out != kit else kit.name))
    if not solutions.is_dir():
        raise KitError(_("The reference solutions ({path}) are not here, so nothing can be "
                         "recorded: release from the instructor's copy of the kit.").format(
            path=solutions))
    if seeds < 1:
        raise KitError(_("--seeds must be at least 1."))
    exercises = [e for e in (assignment.exercises(course) if assignment else course.exercises)
                 if checks_file(e).is_file()]
    step = on_step or (lambda _message: None)
    with folder_atomically(out) as staging:
        step(_("Copying the stubs, the grader and the catalogs"))
        _copy_kit(kit, staging)
        if assignment is not None:
            (staging / COURSE_FILE).write_text(assignment.text, encoding="utf-8")
        write_workflow(staging, exercises,
                       assignment.weights(course) if assignment else {},
                       (assignment.lang if assignment else None) or "en",
                       assignment.settings.classroom_steps if assignment else "exercise")
        recording = Recording()
        for seed in sorted({secrets.randbelow(2**31) for _i in range(seeds)}):
            step(_("Recording the reference answers (seed {seed})").format(seed=seed))
            recording.seeds.append(seed)
            result = grade(course, exercises, solutions,
                           reference=RecordingReference(recording, seed, solutions), seed=seed)
            if not result.passed:
                raise KitError(_("The reference solutions fail {checks} with seed {seed}, so "
                                 "there is nothing trustworthy to record; the release was "
                                 "stopped.").format(checks=", ".join(_failures(result)),
                                                    seed=seed))
        recorded = staging / RECORDED_DIR.relative_to(KIT_ROOT)
        recording.save(recorded)
        for seed in recording.seeds:
            step(_("Checking the recorded answers (seed {seed})").format(seed=seed))
            replay = ReplayReference(recorded)
            result = grade(course, exercises, solutions, reference=replay, seed=seed)
            if not result.passed:
                raise KitError(_("These checks cannot be replayed from recorded answers: "
                                 "{checks}. Their reference calls depend on something that "
                                 "changes from run to run; the release was stopped.").format(
                    checks=", ".join(_failures(result))))
        leaked = [p for p in staging.rglob("*.py") for s in solutions.rglob("*.py")
                  if s.read_bytes().strip() and p.read_bytes() == s.read_bytes()
                  and s.name != "__init__.py"]
        if (staging / "solutions").exists() or leaked:
            raise KitError(_("The release would contain reference solutions ({files}); it was "
                             "stopped.").format(files=", ".join(map(str, leaked))))
    return Released(out, [e.id for e in exercises], list(recording.seeds))
