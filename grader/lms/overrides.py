"""The instructor's manual changes to the marks, applied after everything else::

    student,target,points,note
    s001,ch02.gates,8,"regraded by hand: the XOR was right, written another way"
    bruno@uni.example,ch02.gates.xor_truth_table,1,checked in class
    s007,total,12,medical certificate: no late penalty

`student` is an id, email, username or folder of the roster (or the submission's name without
one); `target` an assigned exercise (its points in the gradebook), one of its checks (its
points as the catalog counts them, as in the student's feedback) or `total` (the final total
itself). `points` replaces what the grader gave, after the late penalty, and `note` says why;
both are kept in the gradebook beside the grader's marks. Columns may also be called
`exercise`, `check` or `item`.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

from ..catalog import Course
from ..errors import KitError
from ..i18n import _
from .roster import column_name

TOTAL = "total"
_TARGET = ("target", "exercise", "check", "exercise_or_check", "item")


class OverridesError(KitError):
    """The overrides file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Override:
    student: str
    exercise: str  # an exercise id, or TOTAL
    check: str | None
    points: float
    note: str
    line: int

    @property
    def target(self) -> str:
        return f"{self.exercise}.{self.check}" if self.check else self.exercise


def override_error(path: Path, line: int, problem: str) -> OverridesError:
    return OverridesError(_("The overrides file {path} has a mistake on line {line}: {problem}")
                          .format(path=path, line=line, problem=problem))


def _target(text: str, assigned: list[str], course: Course) -> tuple[str, str | None] | None:
    if text.casefold() == TOTAL:
        return TOTAL, None
    if text in assigned:
        return text, None
    exercise, _dot, check = text.rpartition(".")
    if exercise in assigned and check in {c.id for c in course.exercise(exercise).checks}:
        return exercise, check
    return None


def parse_overrides(text: str, path: Path, course: Course,
                    assigned: list[str]) -> list[Override]:
    """Every override of the file, its target and points checked against the course."""
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    header = [column_name(h) for h in rows[0]] if rows else []
    header = ["target" if h in _TARGET else h for h in header]
    if not {"student", "target", "points"} <= set(header):
        raise override_error(path, 1, _("the header must name the columns student, target "
                                        "(an exercise, a check or total), points and note."))
    found = []
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {h: c.strip() for h, c in zip(header, row, strict=False)}
        if not cells.get("student"):
            raise override_error(path, line, _("the student is empty."))
        target = _target(cells.get("target", ""), assigned, course)
        if target is None:
            raise override_error(path, line, _("“{target}” is not an assigned exercise, one of "
                                               "its checks (such as ch02.gates.xor_truth_table) "
                                               "or total.").format(target=cells.get("target")))
        try:
            points = float(cells.get("points", "").replace(",", "."))
        except ValueError:
            points = math.nan
        if not math.isfinite(points) or points < 0:
            raise override_error(path, line, _("“{points}” is not a number of points, 0 or "
                                               "more.").format(points=cells.get("points")))
        found.append(Override(cells["student"], *target, points, cells.get("note", ""), line))
    return found


def read_overrides(path: Path, course: Course, assigned: list[str]) -> list[Override]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OverridesError(_("The overrides file {path} does not exist.").format(
            path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise override_error(path, 1, _("it cannot be read as UTF-8 text ({problem}).")
                             .format(problem=exc)) from None
    return parse_overrides(text, path, course, assigned)


def by_student(overrides: list[Override], path: Path,
               names: dict[str, str]) -> dict[str, list[Override]]:
    """The overrides of each student, under the name the gradebook gives them; `names` maps
    every way of calling a student (casefolded) to that name. A student nobody knows is a
    mistake of the file, not a row to drop in silence."""
    found: dict[str, list[Override]] = {}
    for override in overrides:
        name = names.get(override.student.casefold())
        if name is None:
            raise override_error(path, override.line, _("there is no student “{student}” on "
                                                        "the roster or among the submissions.")
                                 .format(student=override.student))
        found.setdefault(name, []).append(override)
    return found
