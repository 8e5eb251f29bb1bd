"""`grade list`: the course in order, with each exercise's last verdict."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..catalog import Exercise
from ..i18n import _, number
from ..learner.progress import exercise_progress
from ..texts import chapter_title
from ..workspace import State
from .common import (
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stdout,
    workspace_option,
)


def _status(passed: bool | None) -> str:
    return {None: _("not tried"), True: _("passed"), False: _("not yet")}[passed]


def _row(exercise: Exercise, state: State, workspace: Path) -> dict:
    progress = exercise_progress(exercise, state)
    return {"chapter": exercise.chapter, "chapter_title": chapter_title(exercise.chapter),
            "id": exercise.id, "title": progress.title, "max_score": exercise.max_score,
            "file": exercise.module_path, "status": _status(progress.passed),
            "present": (workspace / exercise.module_path).is_file()}


ORDER = 20


def register(app: typer.Typer) -> None:
    @app.command("list", help=_("List chapters and exercises with their status."))
    def list_(workspace: Path = workspace_option(), lang: str = lang_option(),
              output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            rows = [_row(e, ctx.state, ctx.workspace)
                    for ch in ctx.course.chapters for e in ch.exercises]
            if ctx.output_format == "json":
                print_json({"exercises": rows})
                return 0
            table = Table()
            table.add_column(_("Chapter"), overflow="fold")
            table.add_column(_("Exercise"), no_wrap=True)  # an id is typed: never cut it
            table.add_column(_("Title"), overflow="fold")
            table.add_column(_("Points"), no_wrap=True)
            table.add_column(_("Status"), no_wrap=True)
            for row in rows:
                table.add_row(f"{row['chapter']} {row['chapter_title']}", row["id"],
                              row["title"], number(row["max_score"], 1), row["status"])
            stdout.print(table)
            return 0

        guarded(body)
