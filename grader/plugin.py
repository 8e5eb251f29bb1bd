"""The pytest plugin that runs the hidden checks: fixtures for check authors, and a collector
that keeps one outcome per check (like pytest-json-report, keyed by node id).
"""

from __future__ import annotations

import ast
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from .catalog import Course, Exercise
from .checks.api import CheckFailed
from .explain import explain
from .i18n import _
from .reference import Reference
from .sandbox.isolation import PROTECTED
from .sandbox.session import Limits, Sandbox

CHECKS_DIR = Path(__file__).with_name("checks")


def checks_file(exercise: Exercise) -> Path:
    return CHECKS_DIR / exercise.chapter_dir / f"test_{exercise.name}.py"


def make_sandbox(course: Course, exercise: Exercise, workspace: Path, reference: Reference,
                 hidden: list[Path] | None = None, time_factor: float = 1.0) -> Sandbox:
    """A worker for one exercise, with the reference versions of the exercises it uses."""
    references = {}
    if reference.available:
        for used in exercise.uses:
            other = course.exercise(used)
            text = reference.source(other)
            if text is not None:
                references[other.dotted] = text
    limits = Limits(exercise.call_time_limit, exercise.time_limit * time_factor,
                    exercise.memory_mb)
    return Sandbox(workspace, exercise.dotted, limits, references,
                   list(PROTECTED if hidden is None else hidden))


@dataclass
class Outcome:
    passed: bool
    message: str = ""
    hint_key: str | None = None


@dataclass
class StudentSource:
    """The learner's file as text, for checks about how something is written (never run)."""

    path: Path
    text: str

    def tree(self) -> ast.Module:
        try:
            return ast.parse(self.text, filename=self.path.name)
        except SyntaxError as exc:
            raise CheckFailed(_("Python cannot read your file: {message} (line {line}).").format(
                message=exc.msg, line=exc.lineno)) from None


class GradingPlugin:
    def __init__(self, course: Course, exercises: list[Exercise], workspace: Path,
                 reference: Reference, seed: int, hidden: list[Path] | None = None,
                 on_check: Callable[[str], None] | None = None,
                 warm: dict[str, Sandbox] | None = None) -> None:
        self.course = course
        self.workspace = workspace
        self.reference = reference
        self.seed = seed
        self.hidden = list(PROTECTED if hidden is None else hidden)
        self.on_check = on_check
        self.outcomes: dict[tuple[str, str], Outcome] = {}
        self._by_file = {checks_file(e).resolve(): e for e in exercises}
        self._order = list(exercises)
        self._warm: dict[str, Sandbox] = dict(warm or {})  # workers started by the caller
        self._warm_up(0)

    def _warm_up(self, index: int) -> None:
        """Start the worker of the exercise at `index` ahead of time (one at a time)."""
        if index < len(self._order) and self._order[index].id not in self._warm:
            exercise = self._order[index]
            box = make_sandbox(self.course, exercise, self.workspace, self.reference, self.hidden)
            box.warm()
            self._warm[exercise.id] = box

    def close(self) -> None:
        """Stop workers started ahead of time but never used (a run cut short)."""
        for box in self._warm.values():
            box.close()
        self._warm.clear()

    # ------------------------------------------------------------ collection

    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line("markers", "nnkata_check(id): the catalog check this test is")

    def exercise_of(self, path: Path) -> Exercise:
        return self._by_file[Path(path).resolve()]

    @staticmethod
    def check_id(item: pytest.Item) -> str:
        marker = item.get_closest_marker("nnkata_check")
        if marker is None:
            raise LookupError(f"{item.nodeid} has no @check marker")
        return str(marker.args[0])

    # ------------------------------------------------------------ fixtures

    @pytest.fixture(scope="module")
    def exercise(self, request: pytest.FixtureRequest) -> Exercise:
        return self.exercise_of(request.path)

    @pytest.fixture(scope="module")
    def sandbox(self, exercise: Exercise):
        self._warm_up(self._order.index(exercise))
        box = self._warm.pop(exercise.id)
        self._warm_up(self._order.index(exercise) + 1)
        yield box
        box.close()

    @pytest.fixture
    def source(self, exercise: Exercise) -> StudentSource:
        path = self.workspace / exercise.module_path
        if not path.is_file():
            raise CheckFailed(_("The file {file} is missing from your workspace.").format(
                file=exercise.module_path))
        return StudentSource(path, path.read_text(encoding="utf-8", errors="replace"))

    @pytest.fixture
    def student(self, sandbox: Sandbox, source: StudentSource):
        return sandbox.module_proxy()

    @pytest.fixture(scope="module")
    def ref(self, exercise: Exercise):
        return self.reference.module(exercise)

    @pytest.fixture
    def rng(self, request: pytest.FixtureRequest) -> np.random.Generator:
        salt = zlib.crc32(request.node.nodeid.split("::")[-1].encode())
        return np.random.default_rng([self.seed, salt])

    # ------------------------------------------------------------ outcomes

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        outcome = yield
        report = outcome.get_result()
        key = (self.exercise_of(item.path).id, self.check_id(item))
        if report.failed or report.skipped and call.excinfo is not None:
            if key in self.outcomes and not self.outcomes[key].passed:
                return
            exc = call.excinfo.value if call.excinfo else None
            if exc is None:
                message, hint = _("This check did not run."), None
            else:
                message, hint = explain(exc)
            self.outcomes[key] = Outcome(False, message, hint)
        elif report.when == "call" and report.passed:
            self.outcomes[key] = Outcome(True)

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        if self.on_check is not None:
            self.on_check(nodeid)
