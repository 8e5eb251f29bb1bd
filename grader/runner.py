"""One grading run: pytest over the selected exercises' hidden checks, folded into a result."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .catalog import Course, Exercise
from .checks import api
from .i18n import _, current_language
from .plugin import CHECKS_DIR, GradingPlugin, Outcome, checks_file
from .reference import Reference, default_reference
from .results import CheckResult, ExerciseResult, RunResult, reference_note
from .sandbox.isolation import bwrap_works
from .sandbox.session import Sandbox
from .texts import exercise_text, hint_levels
from .workspace import State


def new_seed() -> int:
    return secrets.randbelow(2**31)


@contextlib.contextmanager
def _quiet_pytest() -> Iterator[None]:
    """No third-party plugins, and nothing printed: the run's only output is its result."""
    saved = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD")
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        if saved is None:
            os.environ.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
        else:
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = saved


def pytest_args(exercises: list[Exercise]) -> list[str]:
    files = [str(checks_file(e)) for e in exercises if checks_file(e).is_file()]
    return [*files, "-p", "no:cacheprovider", "-p", "no:terminal", "-p", "no:stepwise",
            "-p", "no:unraisableexception", "-p", "no:threadexception",
            "--noconftest", "--rootdir", str(CHECKS_DIR), "-c", os.devnull,
            "-o", "python_files=test_*.py", "-W", "ignore"]


def _hint_text(exercise: Exercise, key: str, state: State | None) -> str:
    levels = hint_levels(exercise.id, key)
    reached = state.hint_level(exercise.id, key) if state else 0
    return levels[max(reached, 1) - 1]


def _graded_with(course: Course, exercise: Exercise, reference: Reference) -> list[str]:
    """The exercises `exercise` uses that are graded with their reference versions."""
    if not reference.available:
        return []
    return [name for name in exercise.uses
            if reference.source(course.exercise(name)) is not None]


def fold(course: Course, exercise: Exercise, outcomes: dict[tuple[str, str], Outcome],
         reference: Reference, state: State | None) -> ExerciseResult:
    checks = []
    for c in exercise.checks:
        outcome = outcomes.get((exercise.id, c.id), Outcome(False, _("This check did not run.")))
        key = outcome.hint_key or c.hint
        checks.append(CheckResult(
            id=c.id, passed=outcome.passed, message=outcome.message,
            hint="" if outcome.passed else _hint_text(exercise, key, state),
            points=c.points if outcome.passed else 0.0, max_points=c.points,
            hint_key="" if outcome.passed else key,
        ))
    title = _(exercise_text(exercise.id).title)
    used = _graded_with(course, exercise, reference)
    return ExerciseResult(exercise.id, title, checks, [reference_note(used)] if used else [],
                          graded_with=used)


def grade(course: Course, exercises: list[Exercise], workspace: Path, *,
          reference: Reference | None = None, seed: int | None = None, state: State | None = None,
          show_expected: bool = True, hidden: list[Path] | None = None,
          on_check: Callable[[str], None] | None = None,
          warm: dict[str, Sandbox] | None = None) -> RunResult:
    """Grade `exercises`; `warm` hands over workers already started (`plugin.make_sandbox`),
    by exercise id, which the run then owns and closes."""
    reference = reference or default_reference()
    seed = reference.pick_seed(seed)
    plugin = GradingPlugin(course, exercises, workspace, reference, seed, hidden, on_check, warm)
    api.settings.show_expected = show_expected
    try:
        if exercises:
            with _quiet_pytest():
                pytest.main(pytest_args(exercises), plugins=[plugin])
    finally:
        plugin.close()
    results = [fold(course, e, plugin.outcomes, reference, state) for e in exercises]
    isolation = "bubblewrap" if bwrap_works() else "audit hooks"
    return RunResult(results, seed, current_language(), isolation)
