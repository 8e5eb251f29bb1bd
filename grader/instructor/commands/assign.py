"""`grade assign ID... [--due DATE]`: write the course file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import typer

from ...catalog import load_course
from ...commands.common import choose_language, guarded, lang_option, stdout
from ...errors import KitError
from ...i18n import LANGUAGES, _, number
from ..assignment import (
    Assigned,
    CourseFileError,
    course_file_path,
    load_assignment,
    render_assignment,
    write_assignment,
)
from .common import course_option

ORDER = 70


def _due(text: str | None) -> str | None:
    if text is None:
        return None
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    raise KitError(_("--due must be a date such as 2026-12-15, or a date and time such as "
                     "2026-12-15T18:00:00+09:00."))


def _points(values: list[str], ids: list[str]) -> dict[str, float]:
    points = {}
    for value in values:
        name, sep, amount = value.partition("=")
        try:
            points[name] = float(amount)
        except ValueError:
            points[name] = -1.0
        if not sep or name not in ids or points[name] <= 0:
            raise KitError(_("--points takes an assigned id and a positive number, such as "
                             "--points ch02=10; “{value}” is not one.").format(value=value))
    return points


def register(app: typer.Typer) -> None:
    @app.command("assign", help=_("Instructor: assign chapters or exercises (with points and a "
                                  "due date) by writing the course file."))
    def assign(
        ids: list[str] = typer.Argument(..., help=_("Chapters or exercises to assign, such as "
                                                    "ch02 ch03.softmax.")),
        due: str = typer.Option(None, "--due", help=_("Due date, such as 2026-12-15 (the end of "
                                                      "that day) or 2026-12-15T18:00+09:00.")),
        points: list[str] = typer.Option(None, "--points", help=_("Points of an assigned id in "
                                                                  "the gradebook, such as "
                                                                  "ch02=10 (repeatable).")),
        course_lang: str = typer.Option(None, "--course-lang", help=_("The course's language "
                                                                      "for learners: ja, fr or "
                                                                      "en.")),
        timezone: str = typer.Option(None, "--timezone", help=_("Time zone of the due date, "
                                                                "such as Asia/Tokyo (default "
                                                                "UTC).")),
        title: str = typer.Option(None, "--title", help=_("Name of the course.")),
        course_file: Path = course_option(),
        lang: str = lang_option(),
    ) -> None:
        def body() -> int:
            choose_language(lang)
            course = load_course()
            course.select(ids)  # unknown ids: a translated usage error
            if course_lang is not None and course_lang not in LANGUAGES:
                raise KitError(_("--course-lang must be one of: {choices}.").format(
                    choices=", ".join(LANGUAGES)))
            by_id = _points(points or [], ids)
            items = [Assigned(i, by_id.get(i)) for i in dict.fromkeys(ids)]
            path = course_file or course_file_path()
            try:  # settings not given again are kept; a broken file is simply replaced
                old = load_assignment(course, path)
            except CourseFileError:
                old = None
            text = render_assignment(
                items, lang=course_lang or (old.lang if old else None), due=_due(due),
                timezone=timezone or (old.timezone if old and old.timezone != "UTC" else None),
                title=title or (old.title if old else None),
                settings=old.settings if old else None, late=old.late if old else None)
            assignment = write_assignment(path, text, course)
            if lang is None:
                choose_language(None, assignment.lang)
            weights = assignment.weights(course)
            stdout.print(_("Wrote {path}.").format(path=path))
            for exercise_id, weight in weights.items():
                stdout.print(_("  {id}: {points} points").format(id=exercise_id,
                                                                  points=number(weight, 2)))
            due_text = assignment.due_text()
            if due_text:
                stdout.print(due_text)
            return 0

        guarded(body)
