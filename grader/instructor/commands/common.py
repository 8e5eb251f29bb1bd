"""What the instructor's commands share: the course file option and the language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ...catalog import Course, load_course
from ...commands.common import choose_language
from ...i18n import _
from ..assignment import Assignment, course_file_path, load_assignment


def course_option() -> Any:
    return typer.Option(None, "--course", help=_("Course file to use (default: "
                                                 "nnkata-course.toml at the kit's root, or "
                                                 "$NNKATA_COURSE)."))


def setup(lang: str | None, course_file: Path | None) -> tuple[Course, Assignment | None, Path]:
    """Language first (so errors are readable), then the course file, whose language is the
    default after `--lang`."""
    choose_language(lang)
    course = load_course()
    path = course_file or course_file_path()
    assignment = load_assignment(course, path)
    if lang is None and assignment is not None:
        choose_language(None, assignment.lang)
    return course, assignment, path
