"""The options `grade batch` takes for the LMS gradebook, declared here so their help is
translated with the rest of it."""

from __future__ import annotations

from typing import Any

import typer

from ..i18n import _


def roster_option() -> Any:
    return typer.Option(None, "--roster", help=_(
        "The class list, a CSV file: student id, name, email, folder, and optionally the "
        "submission time and an extension (or one folder name a line); those with nothing "
        "submitted are listed as missing."))


def export_option() -> Any:
    return typer.Option([], "--export", help=_(
        "Also write the gradebook as canvas, moodle, blackboard or csv imports it (repeat the "
        "option, or separate with commas); next to the gradebook, as gradebook-canvas.csv."))


def overrides_option() -> Any:
    return typer.Option(None, "--overrides", help=_(
        "CSV of manual changes (student, target, points, note), applied after the late "
        "penalty and shown as such."))


def column_option() -> Any:
    return typer.Option(None, "--column", help=_(
        "The grade column's name in the LMS files, such as \"Homework 2 (1234)\" for an "
        "existing Canvas assignment (default: the course's title)."))
