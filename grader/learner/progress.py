"""What the state file says about the learner's progress, chapter by chapter.

`grade status` renders it as bars; `grade watch` uses it to pick the first unsolved exercise and
to draw its list. Only the state file is read: nothing is graded here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from babel.dates import format_timedelta
from rich.table import Table
from rich.text import Text

from ..catalog import Course, Exercise, checks_file
from ..i18n import _, current_language, number
from ..texts import chapter_title, exercise_text
from ..workspace import State


@dataclass(frozen=True)
class ExerciseProgress:
    id: str
    title: str
    max_score: float
    passed: bool | None  # None: never graded
    score: float
    when: datetime | None
    attempts: int
    hints: int  # hint levels asked for, summed over the exercise's hint keys

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "passed": self.passed, "score": self.score,
                "max_score": self.max_score, "attempts": self.attempts, "hints": self.hints,
                "last_attempt": self.when.isoformat() if self.when else None}


@dataclass(frozen=True)
class ChapterProgress:
    id: str
    title: str
    exercises: tuple[ExerciseProgress, ...]

    @property
    def passed(self) -> int:
        return sum(bool(e.passed) for e in self.exercises)

    @property
    def score(self) -> float:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_score for e in self.exercises)

    @property
    def hints(self) -> int:
        return sum(e.hints for e in self.exercises)

    @property
    def last(self) -> datetime | None:
        return max((e.when for e in self.exercises if e.when), default=None)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "passed": self.passed,
                "exercises": len(self.exercises), "score": self.score,
                "max_score": self.max_score, "hints": self.hints,
                "last_attempt": self.last.isoformat() if self.last else None,
                "details": [e.to_dict() for e in self.exercises]}


def _when(text: object) -> datetime | None:
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def exercise_progress(exercise: Exercise, state: State) -> ExerciseProgress:
    last = state.last(exercise.id) or {}
    attempts = last.get("attempts", 1 if last else 0)
    return ExerciseProgress(
        id=exercise.id, title=_(exercise_text(exercise.id).title), max_score=exercise.max_score,
        passed=bool(last["passed"]) if "passed" in last else None,
        score=_number(last.get("score")), when=_when(last["when"]) if "when" in last else None,
        attempts=attempts if isinstance(attempts, int) else 0,
        hints=sum(state.hint_levels(exercise.id).values()))


def course_progress(course: Course, state: State,
                    only: list[Exercise] | None = None) -> list[ChapterProgress]:
    """Every chapter with exercises (those of `only`, when given), in course order."""
    wanted = {e.id for e in (only if only is not None else course.exercises)}
    chapters = []
    for chapter in course.chapters:
        rows = tuple(exercise_progress(e, state) for e in chapter.exercises if e.id in wanted)
        if rows:
            chapters.append(ChapterProgress(chapter.id, chapter_title(chapter.id), rows))
    return chapters


def gradable(exercises: list[Exercise]) -> list[Exercise]:
    """The exercises that have hidden checks (a chapter being written may have none yet)."""
    return [e for e in exercises if checks_file(e).is_file()]


def first_unsolved(exercises: list[Exercise], state: State,
                   after: Exercise | None = None) -> Exercise | None:
    """The first exercise whose last verdict is not a pass, looking after `after` first."""
    start = exercises.index(after) + 1 if after in exercises else 0
    for exercise in exercises[start:] + exercises[:start]:
        if exercise != after and not (state.last(exercise.id) or {}).get("passed"):
            return exercise
    return None


def ago(when: datetime | None, now: datetime | None = None) -> str:
    """“3 minutes ago”, in the learner's language; “never” without a date."""
    if when is None:
        return _("never")
    delta = when - (now or datetime.now(UTC))
    return format_timedelta(delta, add_direction=True, locale=current_language())


def _bar(done: int, total: int, width: int = 10) -> Text:
    """A bar that reads without colours too: █ for what is passed, ░ for what is left."""
    filled = round(width * done / total) if total else 0
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"))


def status_table(chapters: list[ChapterProgress]) -> Table:
    table = Table()
    table.add_column(_("Chapter"), min_width=10, ratio=1)
    table.add_column(_("Progress"), no_wrap=True)
    for header in (_("Passed"), _("Score"), _("Hints used")):
        table.add_column(header, justify="right", no_wrap=True)
    table.add_column(_("Last attempt"), min_width=12)
    for ch in chapters:
        table.add_row(f"{ch.id} {ch.title}", _bar(ch.passed, len(ch.exercises)),
                      f"{ch.passed}/{len(ch.exercises)}",
                      f"{number(ch.score, 1)}/{number(ch.max_score, 1)}", str(ch.hints),
                      ago(ch.last))
    return table


def exercise_list(chapters: list[ChapterProgress], current: str | None = None) -> Text:
    """One line an exercise: ✓ passed, ✗ not yet, · not tried; ▶ marks the current one."""
    text = Text()
    for ch in chapters:
        text.append(f"{ch.id} {ch.title}\n", style="bold")
        for e in ch.exercises:
            mark, style = {True: ("✓", "green"), False: ("✗", "red"), None: ("·", "dim")}[e.passed]
            pointer = "▶" if e.id == current else " "
            text.append(f" {pointer} {mark} ", style=style)
            text.append(f"{e.id}  {e.title}\n", style="bold" if e.id == current else "")
    return text
