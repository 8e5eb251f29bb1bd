"""`grade watch [ID]`: grade the exercise being edited on every save, and move on when it passes."""

from __future__ import annotations

from pathlib import Path

import typer

from ...commands.common import (
    format_option,
    guarded,
    lang_option,
    resolve,
    stdout,
    workspace_option,
)
from ...i18n import _
from ..completion import complete_chapters_and_exercises
from ..errors import LearnerError
from ..progress import first_unsolved, gradable

ORDER = 15


def register(app: typer.Typer) -> None:
    @app.command("watch", help=_("Grade the exercise you are working on each time you save a "
                                 "file, and move on when it passes. Keys: h hint, n next, "
                                 "l list, q quit."))
    def watch(
        start: str = typer.Argument(None, metavar="[ID]",
                                    help=_("Exercise (or chapter) to start with; by default the "
                                           "first one not yet passed."),
                                    autocompletion=complete_chapters_and_exercises),
        workspace: Path = workspace_option(),
        lang: str = lang_option(),
        output_format: str = format_option(),
    ) -> None:
        def body() -> int:
            from ..watch import Watch, keys, terminated_as_exit  # the grader: loaded to run

            ctx = resolve(workspace, lang, output_format)
            assignment = ctx.assignment
            chosen = ctx.course.select([start]) if start else []
            exercises = gradable(assignment.exercises(ctx.course) if assignment
                                 else list(ctx.course.exercises))
            for extra in gradable(chosen):  # named but not assigned: still watched
                if extra not in exercises:
                    exercises.append(extra)
            if not exercises or (chosen and not gradable(chosen)):
                raise LearnerError(_("There is nothing to watch: {what} has no checks yet. "
                                     "Run `grade list` to see the exercises.").format(
                    what=start or _("this course")), code=2)
            state = ctx.state
            current = (first_unsolved(gradable(chosen), state) or gradable(chosen)[0] if chosen
                       else first_unsolved(exercises, state) or exercises[0])
            session = Watch(ctx.course, exercises, ctx.workspace, current, stdout,
                            show_expected=ctx.show_expected,
                            hint_limit=ctx.settings.hint_limit,
                            as_json=ctx.output_format == "json")
            try:
                with terminated_as_exit(), keys() as typed:
                    return session.run(typed)
            except KeyboardInterrupt:
                stdout.print()
                return 130

        guarded(body)
