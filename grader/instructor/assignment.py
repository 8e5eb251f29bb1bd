"""The course file: what the instructor assigned, read from `nnkata-course.toml`.

It lives at the kit's root (the folder holding `grader/` and `exercises/`), or wherever the
environment variable `NNKATA_COURSE` points. `grade assign` writes it; it is plain TOML and safe
to edit by hand::

    # nnkata-course.toml
    lang = "fr"                  # optional: the course's language for learners (ja, fr or en)
    due = 2026-12-15             # optional: a date (due at the end of that day) or a date-time,
                                 #   e.g. 2026-12-15T18:00:00+09:00
    timezone = "Europe/Paris"    # optional: how a due date without an offset is read (UTC)
    late_penalty = "10% per day" # optional: the late policy of the LMS gradebook, with
    grace = "15m"                #   grace and max_late_days (see grader/lms/late.py)
    max_late_days = 3

    [settings]                   # optional: what the learner's loop may show (see
    solutions = "after-pass"     #   grader/learner/settings.py): "after-pass", "always", "never"
    exam = false                 #   exam mode: failures give reasons without expected values
    exam_hint_levels = 1         #   levels of each hint exam mode allows (the first only)

    [[assign]]
    id = "ch02"                  # a chapter, or one exercise such as "ch03.softmax"
    points = 10                  # optional: its weight in the gradebook (default: the
                                 #   catalog's points); a chapter's points are shared among its
                                 #   exercises in proportion to their catalog points

With a course file, `grade` without ids grades what is assigned and shows the due date; the
course's language comes after `--lang` and the learner's own choice, before the environment.
Any mistake in the file is reported with its line, in the reader's language.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, format_datetime

from ..catalog import Course, Exercise, UnknownExercise
from ..errors import KitError
from ..i18n import LANGUAGES, _, current_language
from ..learner.settings import CourseSettings, parse_settings
from ..lms.late import LATE_KEYS, LatePolicy, parse_late_policy
from ..workspace import write_atomically

COURSE_FILE = "nnkata-course.toml"
KIT_ROOT = Path(__file__).resolve().parents[2]
ENV_VAR = "NNKATA_COURSE"
_TOP_KEYS = ("lang", "due", "timezone", "title", "settings", "assign", *LATE_KEYS)
_ASSIGN_KEYS = ("id", "points")


def course_file_path() -> Path:
    """`$NNKATA_COURSE`, else `nnkata-course.toml` at the kit's root."""
    explicit = os.environ.get(ENV_VAR)
    return Path(explicit) if explicit else KIT_ROOT / COURSE_FILE


@dataclass(frozen=True)
class Assigned:
    id: str
    points: float | None = None


@dataclass(frozen=True)
class Assignment:
    items: tuple[Assigned, ...]
    lang: str | None = None
    due: datetime | None = None  # always aware
    due_is_date: bool = False  # `due = 2026-12-15`: shown as a date only
    timezone: str = "UTC"
    title: str | None = None
    text: str = ""
    settings: CourseSettings = CourseSettings()
    late: LatePolicy = LatePolicy()

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    def exercises(self, course: Course) -> list[Exercise]:
        return course.select([item.id for item in self.items])

    def weights(self, course: Course) -> dict[str, float]:
        """Gradebook points of each assigned exercise (catalog points unless `points` is set)."""
        weights: dict[str, float] = {}
        for item in self.items:
            chosen = course.select([item.id])
            catalog_total = sum(e.max_score for e in chosen) or 1.0
            for e in chosen:
                weights[e.id] = (e.max_score if item.points is None
                                 else item.points * e.max_score / catalog_total)
        return {e.id: weights[e.id] for e in self.exercises(course)}

    def is_late(self, when: datetime | None, due: datetime | None = None) -> bool:
        """Submitted at `when`, after the due date (or `due`, one student's with an extension)
        and the grace period: late, as the gradebook counts it."""
        return self.late.lateness(when, due or self.due, 0.0, 0.0).is_late

    def due_text(self, now: datetime | None = None, due: datetime | None = None) -> str | None:
        """The due date (or `due`, one student's with an extension) in the reader's language
        and date format, or None without one."""
        due = due or self.due
        if due is None:
            return None
        zone = ZoneInfo(self.timezone)
        if self.due_is_date:
            when = format_date(due.astimezone(zone).date(), format="long",
                               locale=current_language())
        else:
            when = format_datetime(due, format="long", tzinfo=zone, locale=current_language())
        if (now or datetime.now(UTC)) > due:
            return _("The due date, {date}, has passed.").format(date=when)
        return _("Due: {date}.").format(date=when)


class CourseFileError(KitError):
    """The course file cannot be used; the message names the file and the line."""


def _line_of(text: str, pattern: str, start: int = 1) -> int:
    for number, line in enumerate(text.splitlines()[start - 1:], start):
        if re.match(pattern, line):
            return number
    return start


def _error(path: Path, line: int, problem: str) -> CourseFileError:
    return CourseFileError(_("The course file {path} has a mistake on line {line}: {problem} "
                             "Fix that line, or write the file again with `grade assign`.")
                           .format(path=path, line=line, problem=problem))


def _due(raw: object, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    if isinstance(raw, datetime):
        return (raw if raw.tzinfo else raw.replace(tzinfo=zone)), False
    if isinstance(raw, date):
        return datetime.combine(raw, time(23, 59, 59), tzinfo=zone), True
    return None


def parse_assignment(text: str, path: Path, course: Course) -> Assignment:
    """Read and check a course file's text; every problem names its line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(found.group(1)) if found else 1
        problem = re.sub(r"\s*\(at line.*\)$", "", str(exc)) or str(exc)
        raise _error(path, line, _("this is not valid TOML ({problem}).").format(
            problem=problem)) from None
    for key in raw:
        if key not in _TOP_KEYS:
            raise _error(path, _line_of(text, rf"\s*\[*\s*{re.escape(key)}\b"),
                         _("unknown setting “{key}”.").format(key=key))
    lang = raw.get("lang")
    if lang is not None and lang not in LANGUAGES:
        raise _error(path, _line_of(text, r"\s*lang\s*="),
                     _("the language “{lang}” is not available; choose one of: {choices}.")
                     .format(lang=lang, choices=", ".join(LANGUAGES)))
    zone_name = raw.get("timezone", "UTC")
    try:
        zone = ZoneInfo(str(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        raise _error(path, _line_of(text, r"\s*timezone\s*="),
                     _("unknown time zone “{zone}” (write it like Europe/Paris or Asia/Tokyo).")
                     .format(zone=zone_name)) from None
    due = None
    if "due" in raw:
        due = _due(raw["due"], zone)
        if due is None:
            raise _error(path, _line_of(text, r"\s*due\s*="),
                         _("due must be a date such as 2026-12-15, or a date and time such as "
                           "2026-12-15T18:00:00+09:00, without quotes."))
    items = raw.get("assign", [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _error(path, _line_of(text, r"\s*assign\b"),
                     _("write each assigned chapter or exercise as an [[assign]] table."))
    assigned = []
    line = 1
    for item in items:
        line = _line_of(text, r"\s*\[\[\s*assign\s*\]\]", line + 1 if assigned else 1)
        for key in item:
            if key not in _ASSIGN_KEYS:
                raise _error(path, _line_of(text, rf"\s*{re.escape(key)}\s*=", line),
                             _("unknown setting “{key}”.").format(key=key))
        ident = item.get("id")
        if not isinstance(ident, str):
            raise _error(path, line, _("every [[assign]] needs an id, such as id = \"ch02\"."))
        try:
            course.select([ident])
        except UnknownExercise:
            raise _error(path, _line_of(text, r"\s*id\s*=", line),
                         _("“{id}” is not a chapter or exercise of the course.").format(
                             id=ident)) from None
        points = item.get("points")
        if points is not None and (isinstance(points, bool) or
                                   not isinstance(points, (int, float)) or points <= 0):
            raise _error(path, _line_of(text, r"\s*points\s*=", line),
                         _("points must be a positive number."))
        assigned.append(Assigned(ident, None if points is None else float(points)))
    if not assigned:
        raise _error(path, 1, _("nothing is assigned: add at least one [[assign]] table."))
    settings = parse_settings(raw.get("settings"), lambda key, problem: _error(
        path, _line_of(text, rf"\s*\[?\s*{re.escape(key)}\b"), problem))
    late = parse_late_policy(raw, lambda key, problem: _error(
        path, _line_of(text, rf"\s*{key}\s*="), problem))
    return Assignment(tuple(assigned), lang, due[0] if due else None,
                      bool(due and due[1]), str(zone_name), raw.get("title"), text, settings,
                      late)


def shows_expected(assignment: Assignment | None) -> bool:
    """Whether failures may show the expected values: not when the course file sets exam mode."""
    return not (assignment is not None and assignment.settings.exam)


def load_assignment(course: Course, path: Path | None = None) -> Assignment | None:
    """The course file's assignment, or None when the kit has no course file."""
    path = path or course_file_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, 1, str(exc)) from None
    return parse_assignment(text, path, course)


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_assignment(items: list[Assigned], *, lang: str | None, due: str | None,
                      timezone: str | None, title: str | None,
                      settings: CourseSettings | None = None,
                      late: LatePolicy | None = None) -> str:
    """The TOML text `grade assign` writes."""
    lines = ["# The course file of nnkata, written by `grade assign`; safe to edit by hand.",
             "# Format: see the docstring of grader/instructor/assignment.py.", ""]
    if title:
        lines.append(f"title = {_toml_string(title)}")
    if lang:
        lines.append(f"lang = {_toml_string(lang)}")
    if due:
        lines.append(f"due = {due}")
    if timezone:
        lines.append(f"timezone = {_toml_string(timezone)}")
    if late is not None:
        lines += late.toml_lines()
    if settings is not None and settings != CourseSettings():
        lines += ["", *settings.toml_lines()]
    for item in items:
        lines += ["", "[[assign]]", f"id = {_toml_string(item.id)}"]
        if item.points is not None:
            lines.append(f"points = {item.points:g}")
    return "\n".join(lines) + "\n"


def write_assignment(path: Path, text: str, course: Course) -> Assignment:
    """Check the text as a reader would, then write it atomically."""
    assignment = parse_assignment(text, path, course)
    write_atomically(path, text)
    return assignment
