"""`grade status`: progress per chapter, from the workspace's state file (nothing is graded)."""

from __future__ import annotations

from pathlib import Path

import typer

from ...commands.common import (
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stdout,
    workspace_option,
)
from ...i18n import _
from ...render import passed_line
from ..progress import course_progress, first_unsolved, gradable, status_table

ORDER = 25


def register(app: typer.Typer) -> None:
    @app.command("status", help=_("Show your progress chapter by chapter: exercises passed, "
                                  "points, hints used and your last attempt."))
    def status(workspace: Path = workspace_option(), lang: str = lang_option(),
               output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            assignment = ctx.assignment
            exercises = assignment.exercises(ctx.course) if assignment else None
            state = ctx.state
            chapters = course_progress(ctx.course, state, exercises)
            upcoming = first_unsolved(gradable(exercises or list(ctx.course.exercises)), state)
            if ctx.output_format == "json":
                print_json({"chapters": [c.to_dict() for c in chapters],
                            "next": upcoming.id if upcoming else None})
                return 0
            stdout.print(status_table(chapters))
            stdout.print(passed_line(sum(c.passed for c in chapters),
                                     sum(len(c.exercises) for c in chapters),
                                     sum(c.score for c in chapters),
                                     sum(c.max_score for c in chapters)), markup=False)
            if upcoming is not None:
                stdout.print(_("Next: {id}. Run `grade watch` to work on it with a verdict on "
                               "every save.").format(id=upcoming.id), markup=False)
            return 0

        guarded(body)
