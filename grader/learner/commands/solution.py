"""`grade solution ID`: the reference solution next to the learner's code, once it passes.

When the reference may be shown is a course setting (`[settings] solutions`, see
`grader.learner.settings`): after the exercise passes (the default), always, or never. A
released kit has no reference solutions at all, and says so. The solution's docstrings and
comments are shown in the learner's language, as `grade init` writes the stubs.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.columns import Columns
from rich.panel import Panel
from rich.syntax import Syntax

from ...catalog import Exercise
from ...commands.common import (
    Context,
    exercise_argument,
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stdout,
    workspace_option,
)
from ...i18n import _, current_language
from ..errors import LearnerError
from ..files import reference_file
from ..stubs import translate_solution

ORDER = 48
SIDE_BY_SIDE = 150  # columns needed to show both files next to each other


def _passes(ctx: Context, exercise: Exercise) -> bool:
    """The last verdict, or a fresh one when the last was not a pass (it is then recorded)."""
    from ...runner import grade  # pytest and NumPy: loaded only when a verdict is needed

    state = ctx.state
    if (state.last(exercise.id) or {}).get("passed"):
        return True
    result = grade(ctx.course, [exercise], ctx.workspace, state=state,
                   show_expected=ctx.show_expected).exercises[0]
    state.record_verdicts([result])
    return result.passed


def _panel(text: str, title: str) -> Panel:
    return Panel(Syntax(text, "python", line_numbers=True, word_wrap=True), title=title,
                 title_align="left")


def register(app: typer.Typer) -> None:
    @app.command("solution", help=_("Show the reference solution next to your code, once your "
                                    "exercise passes."))
    def solution(exercise_id: str = exercise_argument(),
                 workspace: Path = workspace_option(), lang: str = lang_option(),
                 output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            exercise = ctx.course.exercise(exercise_id)
            settings = ctx.settings
            if settings.solutions == "never":
                raise LearnerError(_("Your course does not show reference solutions. Ask your "
                                     "instructor if you want to compare your {id} with "
                                     "theirs.").format(id=exercise.id))
            reference = reference_file(exercise)
            if reference is None:
                raise LearnerError(_("This copy of the kit has no reference solutions: your "
                                     "instructor kept them out of it. Your own code is the "
                                     "solution here; `grade {id}` tells you whether it "
                                     "passes.").format(id=exercise.id))
            mine = ctx.workspace / exercise.module_path
            if settings.solutions == "after-pass" and not _passes(ctx, exercise):
                raise LearnerError(_("The reference solution of {id} is shown once your own "
                                     "version passes. Run `grade watch {id}` and keep going; "
                                     "`grade hint {id}` helps when you are stuck.").format(
                    id=exercise.id))
            theirs = translate_solution(reference.read_text(encoding="utf-8"),
                                        current_language())
            yours = mine.read_text(encoding="utf-8", errors="replace") if mine.is_file() else ""
            if ctx.output_format == "json":
                print_json({"id": exercise.id, "file": str(mine), "yours": yours,
                            "reference": theirs})
                return 0
            panels = [_panel(yours, _("Your version: {file}").format(file=mine)),
                      _panel(theirs, _("The reference solution"))]
            if stdout.width >= SIDE_BY_SIDE:
                width = (stdout.width - 1) // 2
                stdout.print(Columns(panels, width=width, equal=True))
            else:
                for panel in panels:
                    stdout.print(panel)
            stdout.print(_("Different is not wrong: your version passes the same checks. Look "
                           "for ideas to borrow, such as a shorter NumPy expression."),
                         markup=False)
            return 0

        guarded(body)
