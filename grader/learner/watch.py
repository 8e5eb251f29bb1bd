"""`grade watch`: re-grade the exercise being edited on every save, and move on when it passes.

The loop polls the workspace's `.py` files (modification time and size, every `POLL` seconds),
waits until saving has settled (`SETTLE` seconds without a change: editors write in several
steps), then grades the current exercise in this process. The worker host stays warm between
saves (NumPy already imported), so a save only waits for a fresh worker and the checks.

Keys are read one at a time from a terminal (cbreak mode, restored on every way out, Ctrl-C
included) or line by line when stdin is not a terminal: `h` hint, `n` next, `l` list, `q` quit.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from ..catalog import Course, Exercise
from ..commands.common import print_json
from ..commands.hint import show_next_hint
from ..errors import message_for
from ..i18n import _
from ..reference import Reference, default_reference
from ..render import show_table
from ..results import ExerciseResult, RunResult
from ..runner import grade
from ..sandbox.host import WorkerHost, shared_host
from ..sandbox.platforms import current as current_platform
from ..workspace import STATE_DIR, State
from .progress import course_progress, exercise_list, first_unsolved

POLL = 0.03
# A save is graded once its files have not changed for this long: editors write a file in one
# go (or write and rename), so a short quiet spell is enough to never read half a file.
SETTLE = 0.03
MAX_SETTLE = 1.0
SKIPPED_DIRS = {STATE_DIR, "__pycache__"}


def keys(stream=None) -> Any:
    """Key presses from stdin as this platform reads them (`grader.sandbox.platforms`): single
    keys on a terminal, whole lines otherwise; a context manager that restores the terminal."""
    return current_platform().Keys(stream)


@contextmanager
def terminated_as_exit() -> Iterator[None]:
    """SIGTERM ends the loop like Ctrl-C does, so the terminal is restored either way."""
    def stop(_signum, _frame):
        raise SystemExit(143)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def snapshot(workspace: Path) -> dict[str, tuple[int, int]]:
    """Modification time and size of every `.py` file of the workspace."""
    seen: dict[str, tuple[int, int]] = {}
    for folder, dirs, files in os.walk(workspace):
        dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS and not d.startswith(".")]
        for name in files:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                seen[path] = (st.st_mtime_ns, st.st_size)
    return seen


def settled(workspace: Path, before: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Wait until no file has changed for `SETTLE` seconds (at most `MAX_SETTLE`)."""
    deadline = time.monotonic() + MAX_SETTLE
    current = before
    while time.monotonic() < deadline:
        time.sleep(SETTLE)
        later = snapshot(workspace)
        if later == current:
            break
        current = later
    return current


@dataclass
class Watch:
    """One watch session: the exercises in play, the current one, and what the learner sees."""

    course: Course
    exercises: list[Exercise]
    workspace: Path
    current: Exercise
    console: Console
    show_expected: bool = True
    hint_limit: int | None = None  # exam mode's highest hint level
    as_json: bool = False
    reference: Reference = field(default_factory=default_reference)
    last: ExerciseResult | None = None
    host: WorkerHost = field(default_factory=shared_host)  # warm between saves

    # ---------------------------------------------------------------- grading

    def verdict(self) -> bool:
        """Grade the current exercise and show it; True when it passes."""
        state = State(self.workspace).require_intact()
        result = grade(self.course, [self.current], self.workspace, reference=self.reference,
                       state=state, show_expected=self.show_expected, host=self.host,
                       hint_limit=self.hint_limit)
        self.last = result.exercises[0]
        state.record_verdicts([self.last])
        if self.as_json:
            print_json({"event": "verdict"} | result.to_dict())
        else:
            self._show_verdict(state)
        return self.last.passed

    def _show_verdict(self, state: State) -> None:
        assert self.last is not None
        if self.console.is_terminal:
            self.console.clear()
        self.console.print(Rule(f"{self.current.id} — {self.last.title}", align="left"))
        show_table(self.console, RunResult([self.last], 0, ""))
        failure = self.last.first_failure()
        if failure is not None and state.hint_level(self.current.id, failure.hint_key):
            self.console.print(Panel(Text(failure.hint), title=_("Your latest hint"),
                                     title_align="left"))

    def _footer(self) -> None:
        if self.as_json:
            return
        where = self.workspace / self.current.module_path
        self.console.print(_("Watching {file}: save it to grade {id} again.").format(
            file=where, id=self.current.id), markup=False, style="dim")
        self.console.print(_("Keys: h hint · n next exercise · l list · q quit"), markup=False,
                           style="bold")

    def grade_until_unsolved(self) -> bool:
        """Grade the current exercise; on a pass, move on (and grade the next one).

        False when every exercise passes.
        """
        while True:
            try:
                passed = self.verdict()
            except Exception as exc:  # a problem to show, not a reason to stop watching
                self._show_error(exc)
                self._footer()
                return True
            if not passed:
                break
            following = first_unsolved(self.exercises, State(self.workspace),
                                       after=self.current)
            if following is None:
                self._say(_("Every exercise passes. Well done! Run `grade status` to see your "
                            "progress."), "done", style="bold green")
                return False
            self._say(_("{id} passes all its checks! On to {next}.").format(
                id=self.current.id, next=following.id), "next", style="bold green",
                next=following.id)
            self.current = following
        self._footer()
        return True

    # ---------------------------------------------------------------- output

    def _say(self, message: str, event: str, style: str = "", **data: object) -> None:
        if self.as_json:
            print_json({"event": event, "message": message} | data)
        else:
            self.console.print(message, style=style, markup=False)

    def _show_error(self, exc: Exception) -> None:
        error = message_for(exc)
        if error is None:
            raise exc
        self._say(error.message, "error", style="red")

    # ---------------------------------------------------------------- keys

    def hint(self) -> None:
        failure = self.last.first_failure() if self.last else None
        if failure is None:
            self._say(_("{id} passes: no hint needed.").format(id=self.current.id), "hint")
            return
        state = State(self.workspace).require_intact()
        more = show_next_hint(state, self.current.id, failure, self.console, self.as_json,
                              self.hint_limit, event="hint")
        if more and not self.as_json:
            self.console.print(_("Press h again for a more precise hint."), markup=False)

    def next(self) -> None:
        index = self.exercises.index(self.current)
        self.current = self.exercises[(index + 1) % len(self.exercises)]
        self.grade_until_unsolved()

    def show_list(self) -> None:
        chapters = course_progress(self.course, State(self.workspace), self.exercises)
        if self.as_json:
            print_json({"event": "list", "current": self.current.id,
                        "chapters": [c.to_dict() for c in chapters]})
            return
        self.console.print(exercise_list(chapters, self.current.id))
        self._footer()

    def handle(self, key: str) -> bool:
        """Act on one key; False when the learner quits."""
        key = key.lower()
        if key == "q":
            return False
        actions = {"h": self.hint, "n": self.next, "l": self.show_list}
        if key in actions:
            try:
                actions[key]()
            except Exception as exc:
                self._show_error(exc)
        return True

    # ---------------------------------------------------------------- loop

    def run(self, keys: Any) -> int:
        """Until `q`: grade on every save, act on every key. The exit status."""
        seen = snapshot(self.workspace)
        if not self.grade_until_unsolved():
            return 0
        while True:
            for key in keys.read(POLL):
                if not self.handle(key):
                    return 0
            now = snapshot(self.workspace)
            if now != seen:
                seen = settled(self.workspace, now)
                if not self.grade_until_unsolved():
                    return 0
