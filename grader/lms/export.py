"""The gradebook in the columns each LMS imports, so it is uploaded without editing.

- `canvas`: Canvas's gradebook CSV: Student, ID, SIS User ID, SIS Login ID, Section, then the
  assignment's column (name it "Homework 2 (1234)", as Canvas's own export does, to update that
  assignment; any other name creates a new one), and the "Points Possible" row of Canvas's
  export. Rows are matched on SIS User ID (the roster's id) or ID (`canvas_id`).
- `moodle`: Moodle's CSV grade import: First name, Last name, ID number, Email address and the
  grade; at import, identify users by email address or ID number and map the grade column to
  the grade item.
- `blackboard`: Blackboard Learn's Grade Center upload: Last Name, First Name, Username, Student
  ID and the column, every cell quoted; rows are matched on the username (the roster's
  `username`, else its id), and a column named "Homework 2 |1234" updates that column.
- `csv`: everything, for a spreadsheet or the record: identity, status, submission time, due
  date with the extension, late days, points per exercise, original total, late penalty,
  adjusted total, final total, and each override with its note.

The LMS files carry one grade, the final total, as one column for the assignment: a column per
exercise beside the total would count every point twice once imported. Every file is UTF-8
with a byte order mark, which Excel needs to show names in Japanese or French and which the
three LMSs skip, and is written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..instructor.gradebook import spreadsheet_cell
from .marks import Mark, Marks

LMS = ("canvas", "moodle", "blackboard")
FORMATS = (*LMS, "csv")
BOM = "\ufeff"


def _n(value: float) -> str:
    return f"{value:g}"


def _time(when: datetime | None) -> str:
    return when.isoformat(timespec="seconds") if when else ""


def _canvas(marks: Marks, column: str, exercise_ids: list[str]) -> list[list[str]]:
    top = max((m.max_total for m in marks.rows), default=0.0)
    rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column],
            ["Points Possible", "", "", "", "", _n(top)]]
    for m in marks.rows:
        if s := m.student:
            both = s.last_name and s.first_name
            listed = f"{s.last_name}, {s.first_name}" if both else s.full_name
            rows.append([listed, s.canvas_id, s.id, s.username, s.section, _n(m.final)])
    return rows


def _moodle(marks: Marks, column: str, exercise_ids: list[str]) -> list[list[str]]:
    rows = [["First name", "Last name", "ID number", "Email address", column]]
    for m in marks.rows:
        if s := m.student:
            first = s.first_name or ("" if s.last_name else s.full_name)
            rows.append([first, s.last_name, s.id, s.email, _n(m.final)])
    return rows


def _blackboard(marks: Marks, column: str, exercise_ids: list[str]) -> list[list[str]]:
    rows = [["Last Name", "First Name", "Username", "Student ID", column]]
    for m in marks.rows:
        if s := m.student:
            last = s.last_name or ("" if s.first_name else s.full_name)
            rows.append([last, s.first_name, s.username or s.id, s.id, _n(m.final)])
    return rows


def _notes(mark: Mark) -> str:
    return "; ".join(f"{o.target} = {_n(o.points)}" + (f" ({o.note})" if o.note else "")
                     for o in mark.overrides)


def _full(marks: Marks, column: str, exercise_ids: list[str]) -> list[list[str]]:
    rows = [["student_id", "name", "email", "folder", "status", "submitted_at", "due",
             "late_days", *exercise_ids, "original_total", "late_penalty", "adjusted_total",
             "final_total", "max_total", "overrides"]]
    for m in marks.rows:
        s = m.student
        rows.append([s.id if s else "", s.full_name if s else "", s.email if s else "", m.name,
                     m.status, _time(m.submitted_at), _time(m.due),
                     str(m.lateness.days) if m.lateness.is_late else "",
                     *(_n(m.points[i]) for i in exercise_ids), _n(m.original),
                     _n(m.original - m.adjusted), _n(m.adjusted), _n(m.final), _n(m.max_total),
                     _notes(m)])
    return rows


LAYOUTS: dict[str, Callable[[Marks, str, list[str]], list[list[str]]]] = {
    "canvas": _canvas, "moodle": _moodle, "blackboard": _blackboard, "csv": _full}


def render(layout: str, marks: Marks, column: str, exercise_ids: list[str]) -> str:
    """The file's text, BOM first; every cell a spreadsheet could read as a formula is
    defused."""
    buf = io.StringIO()
    quoting = csv.QUOTE_ALL if layout == "blackboard" else csv.QUOTE_MINIMAL
    writer = csv.writer(buf, lineterminator="\r\n", quoting=quoting)
    for row in LAYOUTS[layout](marks, column, exercise_ids):
        writer.writerow([spreadsheet_cell(cell) for cell in row])
    return BOM + buf.getvalue()


def export_path(gradebook: Path, layout: str) -> Path:
    """Next to the gradebook: `gradebook-canvas.csv`, `gradebook-full.csv`."""
    suffix = "full" if layout == "csv" else layout
    return gradebook.with_name(f"{gradebook.stem}-{suffix}.csv")
