"""What the LMS gradebook's tests share: a course file, and student records shaped as
`grade batch` writes them (no grading needed)."""

from __future__ import annotations

from pathlib import Path

from grader.catalog import load_course
from grader.instructor.assignment import Assignment, parse_assignment

COURSE = load_course()
GATES = "ch02.gates"
WEIGHTS = {GATES: 10.0}
DUE = "2026-12-15T18:00:00+01:00"
POLICY = 'late_penalty = "10% per day"\ngrace = "15m"\nmax_late_days = 3\n'


def course_file(extra: str = POLICY, title: str = "Homework 2") -> Assignment:
    text = (f'title = "{title}"\ndue = {DUE}\n{extra}\n[[assign]]\nid = "{GATES}"\n'
            "points = 10\n")
    return parse_assignment(text, Path("nnkata-course.toml"), COURSE)


def record(name: str, points: float = 10.0, *, status: str = "graded",
           submitted_at: str | None = "2026-12-15T12:00:00+01:00",
           failed: tuple[str, ...] = ()) -> dict:
    """A student's `result.json`: ch02.gates graded, the `failed` checks at 0, scaled to
    `points` out of 10 in the gradebook."""
    exercise = COURSE.exercise(GATES)
    checks = [{"id": c.id, "passed": c.id not in failed, "message": "", "hint": "",
               "score": 0.0 if c.id in failed else c.points, "max_score": c.points}
              for c in exercise.checks]
    score = sum(c["score"] for c in checks)
    graded = status in ("graded", "late")
    return {"student": name, "status": status, "submitted_at": submitted_at if graded else None,
            "exercises": [{"id": GATES, "score": score, "max_score": exercise.max_score,
                           "checks": checks}] if graded else [],
            "gradebook": {"points": {GATES: points if graded else 0.0},
                          "total": points if graded else 0.0, "max_total": 10.0}}
