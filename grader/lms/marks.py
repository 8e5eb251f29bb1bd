"""One row per student for the LMS: the grader's points, the late penalty, then the
instructor's overrides, each step kept so the gradebook shows where a mark came from.

The order is fixed: the original total is what the grader gave; the late policy takes its
penalty off that total (the adjusted total); overrides come last and are never penalised
(the final total, which the LMS receives).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..catalog import Course
from ..instructor.assignment import Assignment
from ..instructor.gradebook import GRADED
from .late import ON_TIME, Lateness, LatePolicy
from .overrides import TOTAL, Override, by_student
from .roster import Student, folder_key


@dataclass
class Mark:
    name: str  # the submission's name, as `grade batch` calls the student
    student: Student | None  # their roster entry; None for a submission not on the roster
    status: str  # the batch's, with "late" as the late policy and extensions see it, and
    #   "refused" for a submission later than max_late_days
    submitted_at: datetime | None
    due: datetime | None
    points: dict[str, float]  # per exercise, overrides applied
    original: float
    lateness: Lateness
    adjusted: float
    final: float
    max_total: float
    overrides: list[Override] = field(default_factory=list)


@dataclass
class Marks:
    rows: list[Mark]
    missing: list[Mark]  # on the roster, nothing to grade
    unlisted: list[str]  # submissions of students not on the roster


def _r(value: float) -> float:
    return round(float(value), 2)


def _when(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _with_checks(record: dict, exercise_id: str, changed: dict[str, float], weight: float,
                 course: Course) -> float:
    """An exercise's gradebook points once the checks in `changed` are given those points (in
    the catalog's points; checks that were not graded count as 0)."""
    graded = next((e for e in record.get("exercises", []) if e.get("id") == exercise_id), {})
    scores = {c["id"]: c["score"] for c in graded.get("checks", [])} | changed
    return weight * sum(scores.values()) / course.exercise(exercise_id).max_score


def _mark(name: str, student: Student | None, record: dict, weights: dict[str, float],
          course: Course, assignment: Assignment | None, overrides: list[Override]) -> Mark:
    book = record.get("gradebook", {})
    points = {i: float(book.get("points", {}).get(i, 0.0)) for i in weights}
    original = _r(sum(points.values()))
    max_total = _r(sum(weights.values()))
    submitted = (student and student.submitted_at) or _when(record.get("submitted_at"))
    course_due = assignment.due if assignment else None
    due = student.due_for(course_due) if student else course_due
    policy = assignment.late if assignment else LatePolicy()
    lateness = (policy.lateness(submitted, due, original, max_total)
                if record.get("status") in GRADED else ON_TIME)
    adjusted = _r(original - lateness.penalty)
    final_total = None
    checks: dict[str, dict[str, float]] = {}
    for override in overrides:  # in the file's order: a later line wins
        if override.exercise == TOTAL:
            final_total = override.points
        elif override.check:
            changed = checks.setdefault(override.exercise, {})
            changed[override.check] = override.points
            points[override.exercise] = _with_checks(record, override.exercise, changed,
                                                     weights[override.exercise], course)
        else:
            points[override.exercise] = override.points
    points = {i: _r(p) for i, p in points.items()}
    final = adjusted + sum(points.values()) - original if final_total is None else final_total
    status = str(record.get("status", "missing"))
    if status in GRADED:
        status = "refused" if lateness.refused else "late" if lateness.is_late else "graded"
    return Mark(name, student, status, submitted, due, points,
                original, lateness, adjusted, _r(max(final, 0.0)), max_total, overrides)


def owners(submissions: list[str], roster: list[Student] | None
           ) -> tuple[list[tuple[str, Student | None]], dict[str, str]]:
    """Who each row of the gradebook is: the roster's students in its order (or every
    submission without a roster), then submissions nobody on the roster owns; and every way
    of calling them (id, email, username, folder, casefolded) mapped to the row's name."""
    unclaimed = {name.casefold(): name for name in submissions}
    rows: list[tuple[str, Student | None]] = []
    names: dict[str, str] = {}
    for student in roster if roster is not None else [Student(n, n) for n in submissions]:
        name = unclaimed.pop(folder_key(student.folder).casefold(), student.folder)
        rows.append((name, student if roster is not None else None))
        names |= dict.fromkeys(student.keys(), name)
    rows += [(name, None) for name in sorted(unclaimed.values())]
    return rows, names | {name.casefold(): name for name in unclaimed.values()}


def build_marks(records: list[dict], weights: dict[str, float], course: Course,
                assignment: Assignment | None, roster: list[Student] | None,
                overrides: list[Override], overrides_path: Path | None = None) -> Marks:
    """The class's rows, each student's overrides found by any name the roster gives them."""
    by_name = {r["student"]: r for r in records}
    listed, names = owners(list(by_name), roster)
    chosen = by_student(overrides, overrides_path or Path("overrides.csv"), names)
    rows = [_mark(name, student, by_name.get(name, {"status": "missing"}), weights, course,
                  assignment, chosen.get(name, [])) for name, student in listed]
    unlisted = [] if roster is None else [name for name, student in listed if student is None]
    return Marks(rows, [m for m in rows if m.status == "missing" and m.student], unlisted)
