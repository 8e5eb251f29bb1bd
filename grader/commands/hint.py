"""`grade hint ID`: the next hint for the first failing check, a little more precise each time."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from ..i18n import _
from ..learner.settings import hint_limit_reached
from ..results import CheckResult
from ..texts import hint_levels
from ..workspace import State
from .common import (
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

ORDER = 40


def next_hint(state: State, exercise_id: str, hint_key: str,
              limit: int | None = None) -> tuple[int, tuple[str, ...]]:
    """Move the learner one hint level further (remembered in the state), never beyond
    `limit` (exam mode's); the level and all the levels."""
    levels = hint_levels(exercise_id, hint_key)
    level = min(state.hint_level(exercise_id, hint_key) + 1, len(levels), limit or len(levels))
    state.set_hint_level(exercise_id, hint_key, level)
    state.save()
    return level, levels


def show_next_hint(state: State, exercise_id: str, failure: CheckResult, console: Console,
                   as_json: bool, limit: int | None = None, **data: object) -> bool:
    """The next hint for `failure`, as a panel or JSON (with `data`), within `limit`; whether
    a more precise one is still to come. At the limit, says that the exam allows no more."""
    level, levels = next_hint(state, exercise_id, failure.hint_key, limit)
    stopped = limit is not None and level >= limit and level < len(levels)
    note = hint_limit_reached(limit) if stopped else None
    if as_json:
        print_json(data | {"id": exercise_id, "check": failure.id, "level": level,
                           "levels": len(levels), "hint": levels[level - 1]}
                   | ({"limit": limit, "message": note} if note else {}))
    else:
        title = _("Hint {level} of {count} for {id}").format(
            level=level, count=len(levels), id=exercise_id)
        console.print(Panel(Text(levels[level - 1]), title=title, title_align="left"))
        if note:
            console.print(note, markup=False)
    return level < len(levels) and not stopped


def register(app: typer.Typer) -> None:
    @app.command("hint", help=_("Show the next hint for an exercise; each call is more "
                                "precise."))
    def hint(exercise_id: str = exercise_argument(),
             workspace: Path = workspace_option(), lang: str = lang_option(),
             output_format: str = format_option()) -> None:
        def body() -> int:
            from ..runner import grade  # pytest and NumPy: loaded when grading starts

            ctx = resolve(workspace, lang, output_format)
            exercise = ctx.course.exercise(exercise_id)
            state = ctx.state
            limit = ctx.settings.hint_limit
            result = grade(ctx.course, [exercise], ctx.workspace, state=state,
                           show_expected=ctx.show_expected, hint_limit=limit).exercises[0]
            failure = result.first_failure()
            if failure is None:
                message = _("{id} already passes all its checks: no hint needed.").format(
                    id=exercise.id)
                report(ctx, message, {"id": exercise.id, "passed": True})
                return 0
            as_json = ctx.output_format == "json"
            more = show_next_hint(state, exercise.id, failure, stdout, as_json, limit,
                                  passed=False)
            if more and not as_json:
                stdout.print(_("Run the same command again for a more precise hint."))
            return 0

        guarded(body)
