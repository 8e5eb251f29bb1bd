"""`grade [ID ...]`: grade chapters or exercises and show what passed, what failed and why."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ..catalog import Course, Exercise
from ..errors import KitError
from ..i18n import _
from ..learner.completion import complete_chapters_and_exercises
from ..render import show_run
from .common import (
    format_option,
    guarded,
    lang_option,
    print_json,
    resolve,
    stderr,
    stdout,
    workspace_option,
)


def _progress(total: int) -> Progress:
    return Progress(TextColumn(_("Grading")), BarColumn(), MofNCompleteColumn(),
                    console=stderr, transient=True, disable=not stderr.is_terminal or total == 0)


ORDER = 10


def narrowed_to(course: Course, ids: list[str], check_ids: list[str]) -> list[Exercise]:
    """The one exercise `ids` names, judged by `check_ids` only (`grade ID --check C`, as a
    GitHub Classroom step per check group runs it)."""
    exercises = course.select(ids)
    if len(ids) != 1 or len(exercises) != 1 or exercises[0].id != ids[0]:
        raise KitError(_("--check chooses checks of one exercise: name that exercise alone, "
                         "for example `grade ch03.softmax --check softmax_1d`."))
    exercise = exercises[0]
    unknown = [c for c in check_ids if c not in {k.id for k in exercise.checks}]
    if unknown:
        raise KitError(_("{exercise} has no check {check}. Its checks: {checks}.").format(
            exercise=exercise.id, check=unknown[0],
            checks=", ".join(c.id for c in exercise.checks)))
    return [exercise.narrowed(check_ids)]


def register(app: typer.Typer) -> None:
    @app.command("run", help=_("Grade exercises: all of them, a chapter (ch03) or one exercise "
                               "(ch03.softmax). This is what `grade` does without a command."))
    def run(
        ids: list[str] = typer.Argument(None, metavar="[ID]...",
                                        help=_("Chapters or exercises to grade."),
                                        autocompletion=complete_chapters_and_exercises),
        workspace: Path = workspace_option(),
        lang: str = lang_option(),
        output_format: str = format_option(),
        seed: int = typer.Option(None, "--seed", min=0, help=_("Replay a run with the same "
                                                               "random inputs.")),
        verbose: bool = typer.Option(False, "--verbose", "-v", help=_("Show every check and "
                                                                      "the seed.")),
        show_all: bool = typer.Option(False, "--all", "-a", help=_(
            "Show every exercise graded; without it, `grade` alone shows the next one to do.")),
        check_ids: list[str] = typer.Option(None, "--check", help=_(
            "Run only this check of the exercise (repeat it for several); the exercise's "
            "verdict is not recorded.")),
    ) -> None:
        def body() -> int:
            from ..runner import grade  # pytest and NumPy: loaded when grading starts

            ctx = resolve(workspace, lang, output_format)
            assignment = ctx.assignment
            if check_ids:
                exercises = narrowed_to(ctx.course, ids or [], check_ids)
            elif assignment and not ids:  # no ids: what the course file assigns
                exercises = assignment.exercises(ctx.course)
            else:
                exercises = ctx.course.select(ids or [])
            state = ctx.state
            total = sum(len(e.checks) for e in exercises)
            with _progress(total) as progress:
                task = progress.add_task("", total=total)
                result = grade(ctx.course, exercises, ctx.workspace, seed=seed, state=state,
                               show_expected=ctx.show_expected,
                               hint_limit=ctx.settings.hint_limit,
                               on_check=lambda _nodeid: progress.advance(task))
            if not check_ids and not state.record_verdicts(result.exercises) \
                    and state.damage is None:
                stderr.print(_("Your results could not be saved: {folder} cannot be written "
                               "to. Grading still works, but `grade status`, `grade watch` and "
                               "`grade solution` will not know what passed until the folder is "
                               "writable again (for example with chmod u+w).").format(
                    folder=ctx.workspace), markup=False)
            due = assignment.due if assignment else None
            if ctx.output_format == "json":
                print_json(result.to_dict() | ({"due": due.isoformat()} if due else {}))
            else:
                show_run(stdout, result, verbose, due=assignment.due_text() if due else None,
                         focus=not ids and not show_all)
            return 0 if result.passed else 1

        guarded(body)
