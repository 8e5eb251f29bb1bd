"""The class list: who the students are, and which submission is whose.

A CSV file (UTF-8, with or without a BOM), one student a row, with a header naming its
columns; their order does not matter and the names are read loosely ("Student ID", "student_id"
and "id" are one column)::

    id,name,email,folder,submitted_at,extension
    s001,Alice Martin,alice@uni.example,alice,2026-12-15T17:58:00+01:00,
    s002,Bruno Sato,bruno@uni.example,bruno.zip,,2d

- `id` (required): the student id the LMS knows (SIS id, matriculation number);
- `name`, or `first_name` and `last_name`; `email`; `username` (the login, which Blackboard
  matches on); `section`; `canvas_id` (Canvas's own user id, where the roster comes from it);
- `folder`: the student's folder or zip under SUBMISSIONS (default: the id);
- `submitted_at`: when the LMS recorded the submission (ISO 8601), which wins over the time
  the batch reads from the files;
- `extension`: more time for this student: a length ("2d", "36h") or a new due date.

A file without any of these names in its first line is read the old way: one folder name a
line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import KitError
from ..i18n import _
from .durations import parse_duration

ALIASES = {
    "id": ("id", "student_id", "studentid", "sis_user_id", "sis_id", "idnumber", "id_number",
           "student_number", "matricule"),
    "name": ("name", "student", "full_name", "student_name"),
    "first_name": ("first_name", "firstname", "given_name"),
    "last_name": ("last_name", "lastname", "family_name", "surname"),
    "email": ("email", "email_address", "e_mail", "mail"),
    "username": ("username", "user_name", "login", "sis_login_id", "login_id"),
    "section": ("section", "group"),
    "canvas_id": ("canvas_id", "canvas_user_id"),
    "folder": ("folder", "file", "folder_or_file", "submission", "directory"),
    "submitted_at": ("submitted_at", "submission_time", "submitted", "timestamp"),
    "extension": ("extension", "extra_time"),
}
_BY_ALIAS = {alias: field for field, names in ALIASES.items() for alias in names}


class RosterError(KitError):
    """The roster cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class Student:
    id: str
    folder: str
    name: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    username: str = ""
    section: str = ""
    canvas_id: str = ""
    submitted_at: datetime | None = None
    extension: timedelta | None = None
    due: datetime | None = None  # an extension written as a new due date

    @property
    def full_name(self) -> str:
        return self.name or " ".join(p for p in (self.first_name, self.last_name) if p)

    def due_for(self, course_due: datetime | None) -> datetime | None:
        """This student's due date, their extension granted."""
        if self.due is not None:
            return self.due
        if course_due is not None and self.extension is not None:
            return course_due + self.extension
        return course_due

    def keys(self) -> set[str]:
        """What an overrides file may call this student by."""
        return {k.casefold() for k in (self.id, self.folder, self.email, self.username) if k}


def folder_key(name: str) -> str:
    """A submission's name as `grade batch` calls the student: a zip's name less `.zip`."""
    name = name.strip().rstrip("/\\")
    return name[:-4] if name.lower().endswith(".zip") else name


def column_name(header: str) -> str:
    """A header as a key: "Student ID" and "student_id" are one column."""
    return re.sub(r"[^0-9a-z]+", "_", header.strip().casefold()).strip("_")


def _error(path: Path, line: int, problem: str) -> RosterError:
    return RosterError(_("The roster {path} has a mistake on line {line}: {problem}").format(
        path=path, line=line, problem=problem))


def moment(text: str, zone: ZoneInfo) -> datetime | None:
    """An ISO 8601 date-time (read in the course's time zone without an offset), or a date
    (the end of that day)."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:
        when = datetime.combine(date.fromisoformat(text), time(23, 59, 59))
    return when if when.tzinfo else when.replace(tzinfo=zone)


def _student(row: dict[str, str], path: Path, line: int, zone: ZoneInfo) -> Student:
    values = {field: (row.get(field) or "").strip() for field in ALIASES}
    if not values["id"]:
        raise _error(path, line, _("the student id is empty."))
    submitted = None
    if values["submitted_at"]:
        submitted = moment(values["submitted_at"], zone)
        if submitted is None:
            raise _error(path, line, _("“{text}” is not a submission time; write it like "
                                       "2026-12-15T18:00:00+09:00.").format(
                text=values["submitted_at"]))
    extension = due = None
    if values["extension"]:
        extension = parse_duration(values["extension"])
        due = None if extension is not None else moment(values["extension"], zone)
        if extension is None and due is None:
            raise _error(path, line, _("“{text}” is not an extension; write a length such as "
                                       "2d or 36h, or a new due date such as 2026-12-20.")
                         .format(text=values["extension"]))
    text = {k: values[k] for k in ("name", "first_name", "last_name", "email", "username",
                                   "section", "canvas_id")}
    return Student(values["id"], folder_key(values["folder"] or values["id"]), **text,
                   submitted_at=submitted, extension=extension, due=due)


def parse_roster(text: str, path: Path, zone: ZoneInfo = ZoneInfo("UTC")) -> list[Student]:
    """The students of a roster's text, each checked; every problem names its line."""
    text = text.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    header = [_BY_ALIAS.get(column_name(h), "") for h in rows[0]] if rows else []
    if "id" not in header and "folder" not in header:
        return [Student(folder_key(r[0]), folder_key(r[0])) for r in rows
                if r and r[0].strip() and not r[0].lstrip().startswith("#")
                and column_name(r[0]) not in ("student", "name")]
    if "id" not in header:
        raise _error(path, 1, _("the header names no student id column (id, student_id or "
                                "sis_user_id)."))
    students: list[Student] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise _error(path, line, _("this row has more cells than the header has columns."))
        student = _student(dict(zip(header, row, strict=False)), path, line, zone)
        for key in (f"id:{student.id}", f"folder:{student.folder.casefold()}"):
            if key in seen:
                raise _error(path, line, _("“{name}” is already on line {other}.").format(
                    name=key.split(":", 1)[1], other=seen[key]))
            seen[key] = line
        students.append(student)
    return students


def read_roster(path: Path, zone: ZoneInfo = ZoneInfo("UTC")) -> list[Student]:
    """The roster file's students; a file that cannot be read is the instructor's error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RosterError(_("The roster {path} does not exist.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, 1, _("it cannot be read as UTF-8 text ({problem}).").format(
            problem=exc)) from None
    return parse_roster(text, path, zone)
