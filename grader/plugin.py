"""The pytest plugin that runs the hidden checks: fixtures for check authors, and a collector
that keeps one outcome per check (like pytest-json-report, keyed by node id).

It also decides, per exercise, where the exercises it uses come from (`DependencyPlan`): the
learner's own version where it passes (in this run, or unchanged since it last passed), else the
reference version served from the grader's process, so one early mistake does not count twice.
"""

from __future__ import annotations

import ast
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

from .catalog import Course, Exercise, checks_file
from .checks.api import CheckFailed
from .explain import explain
from .i18n import _
from .reference import Reference
from .sandbox.dependencies import DependencyServer
from .sandbox.host import GraderSetupError, WorkerHost
from .sandbox.session import Limits, Sandbox
from .sandbox.sources import Sources, read_sources
from .workspace import State


@dataclass
class DependencyPlan:
    """Which of the exercises an exercise uses run as the learner wrote them, and which are the
    reference's, served by the grader."""

    own: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)

    def server(self, course: Course, reference: Reference) -> DependencyServer | None:
        if not self.served:
            return None
        loaders = {course.exercise(i).dotted: (lambda e=course.exercise(i): reference.module(e))
                   for i in self.served}
        return DependencyServer(loaders)


def plan_dependencies(course: Course, exercise: Exercise, reference: Reference,
                      passes: Callable[[Exercise], bool]) -> DependencyPlan:
    plan = DependencyPlan()
    for used in (course.exercise(i) for i in exercise.uses):
        if passes(used) or not reference.serves(used):
            plan.own.append(used.id)
        else:
            plan.served.append(used.id)
    return plan


# How much longer one call may take when it runs on reference dependencies served from the
# grader (a few thousand round trips in a numerical gradient) than on the learner's own.
SERVED_SLOWDOWN = 4.0


def make_sandbox(course: Course, exercise: Exercise, workspace: Path | Sources,
                 reference: Reference, *, time_factor: float = 1.0,
                 plan: DependencyPlan | None = None, host: WorkerHost | None = None) -> Sandbox:
    """A worker for one exercise; what it uses comes as `plan` says (by default, from the
    learner's last verdicts)."""
    sources = workspace if isinstance(workspace, Sources) else read_sources(workspace)
    if plan is None:
        state = State(sources.root)
        plan = plan_dependencies(course, exercise, reference,
                                 lambda used: passed_before(state, sources, used))
    call = exercise.call_time_limit * time_factor
    if plan.served:  # every use of a served layer is a round trip to the grader: the grader's
        # cost, never the learner's timeout; the exercise's budget still bounds it (a hang must
        # not cost more because the grader served a dependency)
        call = min(call * SERVED_SLOWDOWN, exercise.time_limit * time_factor)
    limits = Limits(call, exercise.time_limit * time_factor, exercise.memory_mb)
    return Sandbox(sources, exercise.dotted, limits, plan.server(course, reference), host)


def known_verdict(state: State | None, sources: Sources, exercise: Exercise) -> bool | None:
    """Whether the learner's file passed when it was last graded as it is now (`state.json`
    remembers a digest of each file graded), or None when nobody knows."""
    last = state.last(exercise.id) if state is not None else None
    if not last or last.get("digest") != sources.digest(exercise.module_path):
        return None
    return bool(last.get("passed"))


def passed_before(state: State | None, sources: Sources, exercise: Exercise) -> bool:
    return bool(known_verdict(state, sources, exercise))


def with_unknown_dependencies(course: Course, exercises: list[Exercise], sources: Sources,
                              state: State | None, reference: Reference) -> list[Exercise]:
    """`exercises`, and every exercise they use (directly or not) whose verdict nobody knows
    and whose reference could stand in for it: those are graded too, quietly, so that the
    learner's own version is used where it passes. In course order."""
    chosen = {e.id for e in exercises}
    pending = list(exercises)
    while pending:
        for used in (course.exercise(i) for i in pending.pop().uses):
            if (used.id not in chosen and reference.serves(used) and checks_file(used).is_file()
                    and known_verdict(state, sources, used) is None):
                chosen.add(used.id)
                pending.append(used)
    given = {e.id: e for e in exercises}  # as asked for (a batch or a test may set limits)
    return [given.get(e.id, e) for e in course.exercises if e.id in chosen]


class ChecksNotLoaded(Exception):
    """The grader's own checks of an exercise could not be loaded: a bug of the kit."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass
class Outcome:
    passed: bool
    message: str = ""
    hint_key: str | None = None


@dataclass
class StudentSource:
    """The learner's file as the grader read it: the text that runs, for checks about how
    something is written."""

    path: Path
    text: str

    def tree(self) -> ast.Module:
        try:
            return ast.parse(self.text, filename=self.path.name)
        except SyntaxError as exc:
            raise CheckFailed(_("Python cannot read your file: {message} (line {line}).").format(
                message=exc.msg, line=exc.lineno)) from None


class GradingPlugin:
    def __init__(self, course: Course, exercises: list[Exercise], sources: Sources,
                 reference: Reference, seed: int, state: State | None = None,
                 on_check: Callable[[str], None] | None = None,
                 host: WorkerHost | None = None, quiet: frozenset[str] = frozenset()) -> None:
        self.course = course
        self.sources = sources
        self.reference = reference
        self.seed = seed
        self.state = state
        self.on_check = on_check
        self.host = host
        self.outcomes: dict[tuple[str, str], Outcome] = {}
        self.plans: dict[str, DependencyPlan] = {}
        self.setup_error: GraderSetupError | ChecksNotLoaded | None = None
        self._by_file = {checks_file(e).resolve(): e for e in exercises}
        self._graded = {e.id for e in exercises}
        self._quiet_files = {f"{e.chapter_dir}/test_{e.name}.py" for e in exercises
                             if e.id in quiet}  # graded only to learn their verdict

    # ------------------------------------------------------------ collection

    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line("markers", "nnkata_check(id): the catalog check this test is")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed and self.setup_error is None:
            self.setup_error = ChecksNotLoaded(report.nodeid, str(report.longrepr)[-1500:])

    def pytest_collection_modifyitems(self, config: pytest.Config,
                                      items: list[pytest.Item]) -> None:
        """Run only the checks each exercise is judged by (all of them, unless it was
        narrowed to some)."""
        kept, left = [], []
        for item in items:
            judged = {c.id for c in self.exercise_of(item.path).checks}
            (kept if self.check_id(item) in judged else left).append(item)
        if left:
            config.hook.pytest_deselected(items=left)
            items[:] = kept

    def exercise_of(self, path: Path) -> Exercise:
        return self._by_file[Path(path).resolve()]

    @staticmethod
    def check_id(item: pytest.Item) -> str:
        marker = item.get_closest_marker("nnkata_check")
        if marker is None:
            raise LookupError(f"{item.nodeid} has no @check marker")
        return str(marker.args[0])

    # ------------------------------------------------------------ dependencies

    def passes(self, exercise: Exercise) -> bool:
        """Graded in this run (earlier, in course order): its verdict; else the state's."""
        if exercise.id in self._graded:
            return all(self.outcomes.get((exercise.id, c.id), Outcome(False)).passed
                       for c in exercise.checks)
        return bool(known_verdict(self.state, self.sources, exercise))

    # ------------------------------------------------------------ fixtures

    @pytest.fixture(scope="module")
    def exercise(self, request: pytest.FixtureRequest) -> Exercise:
        return self.exercise_of(request.path)

    @pytest.fixture(scope="module")
    def sandbox(self, exercise: Exercise):
        plan = plan_dependencies(self.course, exercise, self.reference, self.passes)
        self.plans[exercise.id] = plan
        box = make_sandbox(self.course, exercise, self.sources, self.reference, plan=plan,
                           host=self.host)
        yield box
        box.close()

    @pytest.fixture
    def source(self, exercise: Exercise) -> StudentSource:
        path = self.sources.root / exercise.module_path
        if self.sources.refused.get(exercise.module_path) == "link":
            raise CheckFailed(_("{file} is a link to a file outside your workspace, so it is not "
                                "graded. Put the file itself in the workspace.").format(
                file=exercise.module_path))
        text = self.sources.text(exercise.module_path)
        if text is None:
            raise CheckFailed(_("The file {file} is missing from your workspace.").format(
                file=exercise.module_path))
        return StudentSource(path, text)

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
        exc = call.excinfo.value if call.excinfo else None
        if isinstance(exc, GraderSetupError):
            self.setup_error = self.setup_error or exc
            item.session.shouldstop = "the grader could not start the learner's code"
            return
        if report.failed or report.skipped and call.excinfo is not None:
            if key in self.outcomes and not self.outcomes[key].passed:
                return
            if exc is None:
                message, hint = _("This check did not run."), None
            else:
                message, hint = explain(exc)
            self.outcomes[key] = Outcome(False, message, hint)
        elif report.when == "call" and report.passed:
            self.outcomes[key] = Outcome(True)

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        if self.on_check is not None and nodeid.split("::")[0] not in self._quiet_files:
            self.on_check(nodeid)
