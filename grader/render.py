"""The terminal view of a run: one row per exercise, the first failure in plain words."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .i18n import _, ngettext, number
from .results import ExerciseResult, RunResult


def _points(exercise: ExerciseResult) -> str:
    return f"{number(exercise.score, 1)}/{number(exercise.max_score, 1)}"


def _details(exercise: ExerciseResult, verbose: bool) -> Text:
    text = Text()
    failure = exercise.first_failure()
    if failure is not None:
        text.append(failure.message)
    for note in exercise.notes:
        text.append(("\n" if text else "") + note, style="dim")
    if verbose:
        for check in exercise.checks:
            mark = "✓" if check.passed else "✗"
            text.append(f"\n{mark} {check.id}", style="green" if check.passed else "red")
    return text


def results_table(result: RunResult, verbose: bool = False) -> Table:
    table = Table(show_lines=True, expand=False)
    table.add_column(_("Chapter"), no_wrap=True)
    table.add_column(_("Exercise"))
    table.add_column(_("Result"), no_wrap=True)
    table.add_column(_("Points"), justify="right", no_wrap=True)
    table.add_column(_("What to look at"), ratio=1, overflow="fold")
    for exercise in result.exercises:
        verdict = (Text("✓ " + _("passed"), style="bold green") if exercise.passed
                   else Text("✗ " + _("not yet"), style="bold red"))
        table.add_row(exercise.id.split(".")[0], f"{exercise.id}\n{exercise.title}", verdict,
                      _points(exercise), _details(exercise, verbose))
    return table


def summary(result: RunResult) -> str:
    passed = sum(e.passed for e in result.exercises)
    total = len(result.exercises)
    return ngettext("{passed} of {total} exercise passed, {score} of {max} points.",
                    "{passed} of {total} exercises passed, {score} of {max} points.",
                    total).format(passed=passed, total=total, score=number(result.score, 1),
                                  max=number(result.max_score, 1))


def fallback_lines(result: RunResult) -> list[str]:
    """One line for each isolation that could not start here, and why."""
    return [_("{isolation} could not start on this computer ({reason}); your code ran with "
              "{used} instead.").format(isolation=f["isolation"], reason=f["reason"],
                                        used=result.isolation)
            for f in result.fallbacks]


def show_run(console: Console, result: RunResult, verbose: bool = False,
             due: str | None = None) -> None:
    for line in fallback_lines(result):
        console.print(line, style="yellow", markup=False)
    console.print(results_table(result, verbose))
    console.print(summary(result))
    if due:
        console.print(due)
    failing = [e.id for e in result.exercises if not e.passed]
    if failing:
        console.print(_("Stuck? `grade hint {id}` shows a hint; ask again for a more precise "
                        "one.").format(id=failing[0]))
    if verbose:
        console.print(_("Seed of this run: {seed} (replay it with --seed {seed}).").format(
            seed=result.seed))
        if result.isolation == "bubblewrap":
            console.print(_("Your code ran in a bubblewrap sandbox (no network, read-only "
                            "files)."))
        else:
            console.print(_("Your code ran in a separate process with limits, without an OS "
                            "sandbox (install bubblewrap on Linux for one)."))
