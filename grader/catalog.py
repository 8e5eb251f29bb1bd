"""The course catalog (`course.toml`) loaded into typed records: the one list of exercises."""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

CATALOG_PATH = Path(__file__).with_name("course.toml")
CHECKS_DIR = Path(__file__).with_name("checks")


class UnknownExercise(LookupError):
    """An id on the command line names no chapter or exercise of the course."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True)
class Check:
    id: str
    points: float
    hint: str


@dataclass(frozen=True)
class Exercise:
    id: str
    chapter: str
    chapter_dir: str
    name: str
    uses: tuple[str, ...]
    time_limit: float
    call_time_limit: float
    memory_mb: int
    checks: tuple[Check, ...]
    data: tuple[str, ...] = ()  # the datasets its checks train on ("mnist")

    @property
    def needs_mnist(self) -> bool:
        return "mnist" in self.data

    @property
    def module_path(self) -> str:
        """Path of the learner's file inside a workspace, e.g. `ch02_perceptron/gates.py`."""
        return f"{self.chapter_dir}/{self.name}.py"

    @property
    def dotted(self) -> str:
        """Module name relative to the workspace package, e.g. `ch02_perceptron.gates`."""
        return f"{self.chapter_dir}.{self.name}"

    @property
    def max_score(self) -> float:
        return float(sum(c.points for c in self.checks))

    def check(self, check_id: str) -> Check:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(f"{self.id} has no check {check_id!r}")

    def groups(self) -> dict[str, tuple[Check, ...]]:
        """Its checks by the idea they judge (their hint key), in catalog order: the finer
        split an engine that scores all or nothing (GitHub Classroom) can give points by."""
        groups: dict[str, tuple[Check, ...]] = {}
        for c in self.checks:
            groups[c.hint] = (*groups.get(c.hint, ()), c)
        return groups

    def narrowed(self, check_ids: Collection[str]) -> Exercise:
        """The same exercise judged by `check_ids` only (ids of none of its checks are
        ignored: the caller says so)."""
        return replace(self, checks=tuple(c for c in self.checks if c.id in check_ids))


def checks_file(exercise: Exercise) -> Path:
    """Where the hidden checks of `exercise` live."""
    return CHECKS_DIR / exercise.chapter_dir / f"test_{exercise.name}.py"


@dataclass(frozen=True)
class Chapter:
    id: str
    dir: str
    exercises: tuple[Exercise, ...]


@dataclass(frozen=True)
class Course:
    chapters: tuple[Chapter, ...]

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(e for ch in self.chapters for e in ch.exercises)

    def exercise(self, exercise_id: str) -> Exercise:
        for e in self.exercises:
            if e.id == exercise_id:
                return e
        raise UnknownExercise(exercise_id)

    def select(self, names: list[str] | tuple[str, ...]) -> list[Exercise]:
        """Exercises named by chapter (`ch03`) or exercise id (`ch03.softmax`), in course order.

        No names selects everything.
        """
        if not names:
            return list(self.exercises)
        wanted: set[str] = set()
        for name in names:
            chapter = next((c for c in self.chapters if c.id == name), None)
            if chapter is not None:
                wanted.update(e.id for e in chapter.exercises)
            else:
                wanted.add(self.exercise(name).id)
        return [e for e in self.exercises if e.id in wanted]


def _exercise(raw: dict, chapters: dict[str, str]) -> Exercise:
    chapter, _, name = raw["id"].partition(".")
    return Exercise(
        id=raw["id"],
        chapter=chapter,
        chapter_dir=chapters[chapter],
        name=name,
        uses=tuple(raw.get("uses", ())),
        time_limit=float(raw.get("time_limit", 30)),
        call_time_limit=float(raw.get("call_time_limit", 5)),
        memory_mb=int(raw.get("memory_mb", 1024)),
        checks=tuple(Check(c["id"], float(c["points"]), c["hint"]) for c in raw["checks"]),
        data=tuple(raw.get("data", ())),
    )


@cache
def load_course(path: Path = CATALOG_PATH) -> Course:
    """Read the catalog; the order of the file is the order of the course."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    dirs = {c["id"]: c["dir"] for c in raw["chapter"]}
    exercises = [_exercise(e, dirs) for e in raw.get("exercise", [])]
    return Course(
        tuple(
            Chapter(cid, cdir, tuple(e for e in exercises if e.chapter == cid))
            for cid, cdir in dirs.items()
        )
    )
