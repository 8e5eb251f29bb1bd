"""`grade show ID`: the statement of an exercise, and where to write the answer."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.panel import Panel
from rich.text import Text

from ..i18n import _
from ..texts import exercise_text
from .common import (
    exercise_argument,
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stdout,
    workspace_option,
)

ORDER = 30


def register(app: typer.Typer) -> None:
    @app.command("show", help=_("Show the statement of an exercise."))
    def show(exercise_id: str = exercise_argument(),
             workspace: Path = workspace_option(), lang: str = lang_option(),
             output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            exercise = ctx.course.exercise(exercise_id)
            text = exercise_text(exercise.id)
            where = ctx.workspace / exercise.module_path
            if ctx.output_format == "json":
                print_json({"id": exercise.id, "title": _(text.title),
                            "statement": _(text.statement), "file": str(where)})
                return 0
            stdout.print(Panel(Text(_(text.statement)), title=f"{exercise.id} — {_(text.title)}",
                               title_align="left"))
            stdout.print(_("Write your answer in {file}, then run `grade {id}`.").format(
                file=where, id=exercise.id))
            return 0

        guarded(body)
