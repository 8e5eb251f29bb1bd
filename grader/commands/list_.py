"""`grade list`: the course in order, with each exercise's last verdict."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..i18n import _, number
from ..texts import chapter_title, exercise_text
from .common import (
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stdout,
    workspace_option,
)


def _status(last: dict | None) -> str:
    if last is None:
        return _("not tried")
    return _("passed") if last.get("passed") else _("not yet")


ORDER = 20


def register(app: typer.Typer) -> None:
    @app.command("list", help=_("List chapters and exercises with their status."))
    def list_(workspace: Path = workspace_option(), lang: str = lang_option(),
              output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            state = ctx.state
            rows = [
                {"chapter": ch.id, "chapter_title": chapter_title(ch.id), "id": e.id,
                 "title": _(exercise_text(e.id).title), "max_score": e.max_score,
                 "file": e.module_path, "status": _status(state.last(e.id)),
                 "present": (ctx.workspace / e.module_path).is_file()}
                for ch in ctx.course.chapters for e in ch.exercises
            ]
            if ctx.output_format == "json":
                print_json({"exercises": rows})
                return 0
            table = Table()
            for header in (_("Chapter"), _("Exercise"), _("Title"), _("Points"), _("Status")):
                table.add_column(header)
            for row in rows:
                table.add_row(f"{row['chapter']} {row['chapter_title']}", row["id"],
                              row["title"], number(row["max_score"], 1), row["status"])
            stdout.print(table)
            return 0

        guarded(body)
