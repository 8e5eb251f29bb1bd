"""One grading run: pytest over the selected exercises' hidden checks, folded into a result."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .catalog import CHECKS_DIR, Course, Exercise, checks_file
from .checks import api
from .i18n import _, current_language
from .plugin import DependencyPlan, GradingPlugin, Outcome, with_unknown_dependencies
from .reference import Reference, default_reference
from .results import CheckResult, ExerciseResult, RunResult, own_note, reference_note
from .sandbox.host import WorkerHost, shared_host
from .sandbox.sources import read_sources
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


# pytest's own plugins the checks never use: each costs a grading run its set-up, or its work
# around every check (capturing output, logging, timing). The learner's code runs elsewhere.
UNUSED_PLUGINS = ("cacheprovider", "terminal", "stepwise", "unraisableexception",
                  "threadexception", "logging", "capture", "doctest", "junitxml", "pastebin",
                  "monkeypatch", "tmpdir", "recwarn", "setuponly", "setupplan", "legacypath",
                  "faulthandler", "unittest", "subtests")


def pytest_args(exercises: list[Exercise]) -> list[str]:
    files = [str(checks_file(e)) for e in exercises if checks_file(e).is_file()]
    return [*files, *(arg for name in UNUSED_PLUGINS for arg in ("-p", f"no:{name}")),
            "--noconftest", "--rootdir", str(CHECKS_DIR), "-c", os.devnull,
            "-o", "python_files=test_*.py", "-W", "ignore"]


def _hint_text(exercise: Exercise, key: str, state: State | None, limit: int | None) -> str:
    """The latest level of the hint the learner reached, never beyond what `limit` allows."""
    levels = hint_levels(exercise.id, key)
    reached = state.hint_level(exercise.id, key) if state else 0
    return levels[min(max(reached, 1), limit or len(levels), len(levels)) - 1]


def _notes(plan: DependencyPlan | None) -> list[str]:
    """Where the exercises this one uses came from, in one sentence each."""
    if plan is None:
        return []
    return ([reference_note(plan.served)] if plan.served else []) + (
        [own_note(plan.own)] if plan.own else [])


def fold(exercise: Exercise, outcomes: dict[tuple[str, str], Outcome],
         plan: DependencyPlan | None, state: State | None, digest: str | None,
         hint_limit: int | None = None) -> ExerciseResult:
    checks = []
    for c in exercise.checks:
        outcome = outcomes.get((exercise.id, c.id), Outcome(False, _("This check did not run.")))
        key = outcome.hint_key or c.hint
        checks.append(CheckResult(
            id=c.id, passed=outcome.passed, message=outcome.message,
            hint="" if outcome.passed else _hint_text(exercise, key, state, hint_limit),
            points=c.points if outcome.passed else 0.0, max_points=c.points,
            hint_key="" if outcome.passed else key,
        ))
    title = _(exercise_text(exercise.id).title)
    return ExerciseResult(exercise.id, title, checks, _notes(plan), digest=digest,
                          graded_with=plan.served if plan else [],
                          graded_with_own=plan.own if plan else [])


def grade(course: Course, exercises: list[Exercise], workspace: Path, *,
          reference: Reference | None = None, seed: int | None = None, state: State | None = None,
          show_expected: bool = True, on_check: Callable[[str], None] | None = None,
          host: WorkerHost | None = None, hint_limit: int | None = None) -> RunResult:
    """Grade `exercises` of `workspace` (its sources read once, here); `host` is where the
    learner's code runs (by default this process's); `hint_limit` is the highest hint level
    shown (exam mode's), whatever the state file says. `GraderSetupError` when the learner's
    code cannot be run here at all: nothing is graded then. Ctrl-C raises `KeyboardInterrupt`:
    an interrupted run has no result."""
    reference = reference or default_reference()
    seed = reference.pick_seed(seed)
    sources = read_sources(workspace)
    host = host or shared_host()
    run = with_unknown_dependencies(course, exercises, sources, state, reference)
    quiet = frozenset(e.id for e in run) - {e.id for e in exercises}
    plugin = GradingPlugin(course, run, sources, reference, seed, state, on_check, host, quiet)
    api.settings.show_expected = show_expected
    if exercises:
        with _quiet_pytest():
            code = pytest.main(pytest_args(run), plugins=[plugin])
    if plugin.setup_error is not None:  # (pytest calls a collection error an interruption)
        raise plugin.setup_error
    if exercises and code == pytest.ExitCode.INTERRUPTED:  # Ctrl-C: pytest stopped, so do we
        raise KeyboardInterrupt
    results = [fold(e, plugin.outcomes, plugin.plans.get(e.id), state,
                    sources.digest(e.module_path), hint_limit) for e in exercises]
    return RunResult(results, seed, current_language(), host.isolation,
                     [{"isolation": f.isolation, "reason": f.reason} for f in host.fallbacks])
