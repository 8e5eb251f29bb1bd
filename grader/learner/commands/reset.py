"""`grade reset ID`: put the stub of an exercise back, keeping the learner's version aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from ...commands.common import (
    exercise_argument,
    format_option,
    guarded,
    lang_option,
    print_json,
    report,
    resolve,
    stdout,
    workspace_option,
)
from ...i18n import _
from ...workspace import write_atomically
from ..errors import LearnerError
from ..files import backup, stub_text
from ..stubs import translate_stub

ORDER = 45


def confirm(question: str) -> bool:
    """Ask y/n on the terminal; no answer (stdin closed) is a no."""
    stdout.print(question + " ", end="", markup=False)
    try:
        answer = input()
    except EOFError:
        stdout.print()
        return False
    return answer.strip().lower() in ("y", "yes", _("y"), _("yes"))


def register(app: typer.Typer) -> None:
    @app.command("reset", help=_("Put the original stub of an exercise back in your workspace, "
                                 "after keeping a copy of your version."))
    def reset(exercise_id: str = exercise_argument(),
              yes: bool = typer.Option(False, "--yes", "-y", help=_("Do not ask for "
                                                                    "confirmation.")),
              workspace: Path = workspace_option(), lang: str = lang_option(),
              output_format: str = format_option()) -> None:
        def body() -> int:
            ctx = resolve(workspace, lang, output_format)
            exercise = ctx.course.exercise(exercise_id)
            target = ctx.workspace / exercise.module_path
            stub = stub_text(exercise, ctx.workspace)
            if ctx.state.language:  # a workspace made by `grade init` speaks its language
                stub = translate_stub(stub, ctx.state.language)
            present = target.is_file()
            if present and target.read_text(encoding="utf-8", errors="replace") == stub:
                message = _("{file} is already the original stub: nothing to do.").format(
                    file=target)
                report(ctx, message, {"id": exercise.id, "file": str(target), "backup": None})
                return 0
            if present and not yes and not confirm(
                    _("Replace your {file} with the original stub? A copy of your version is "
                      "kept. [y/N]").format(file=target)):
                raise LearnerError(_("Nothing was changed. Run `grade reset {id} --yes` to "
                                     "reset without being asked.").format(id=exercise.id))
            try:
                saved = backup(ctx.workspace, exercise, datetime.now()) if present else None
                write_atomically(target, stub)
            except OSError as exc:  # name the folder, not a temporary file in it
                raise OSError(exc.errno, exc.strerror, str(target.parent)) from None
            if ctx.output_format == "json":
                print_json({"id": exercise.id, "file": str(target),
                            "backup": str(saved) if saved else None})
                return 0
            stdout.print(_("{file} is the original stub again.").format(file=target),
                         markup=False)
            if saved is not None:
                stdout.print(_("Your version was kept in {backup}.").format(backup=saved),
                             markup=False)
            return 0

        guarded(body)
