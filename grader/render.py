"""The terminal view of a run: one row per exercise, the first failure in plain words; or, when
the learner grades the whole course, the next exercise to do, as rustlings shows it."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .i18n import _, listing, ngettext, number
from .results import ExerciseResult, RunResult, own_note, reference_note
from .texts import exercise_text

STATEMENT_PARAGRAPHS = 3  # at most, for what the next exercise asks


def _points(exercise: ExerciseResult) -> str:
    return f"{number(exercise.score, 1)}/{number(exercise.max_score, 1)}"


def _row_notes(exercise: ExerciseResult) -> list[str]:
    """The exercise's notes but those about where the exercises it uses came from, said once
    for the run."""
    shared = {reference_note(exercise.graded_with) if exercise.graded_with else None,
              own_note(exercise.graded_with_own) if exercise.graded_with_own else None}
    return [note for note in exercise.notes if note not in shared]


def _details(exercise: ExerciseResult, verbose: bool) -> Text:
    text = Text()
    failure = exercise.first_failure()
    if failure is not None:
        text.append(failure.message)
    for note in _row_notes(exercise):
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
    table.add_column(_("Score"), justify="right", no_wrap=True)
    table.add_column(_("What to look at"), ratio=1, overflow="fold")
    for exercise in result.exercises:
        verdict = (Text("✓ " + _("passed"), style="bold green") if exercise.passed
                   else Text("✗ " + _("not yet"), style="bold red"))
        table.add_row(exercise.id.split(".")[0], f"{exercise.id}\n{exercise.title}", verdict,
                      _points(exercise), _details(exercise, verbose))
    return table


def shared_notes(result: RunResult) -> list[str]:
    """Once for the whole run: the exercises used in their reference versions (the learner's do
    not pass yet), and those used as the learner wrote them."""
    served = list(dict.fromkeys(name for e in result.exercises for name in e.graded_with))
    own = list(dict.fromkeys(name for e in result.exercises for name in e.graded_with_own
                             if name not in served))
    notes = []
    if served:
        notes.append(ngettext(
            "Exercises that use {exercises} were graded with its reference version, run by "
            "the grader, so a mistake there does not count twice.",
            "Exercises that use {exercises} were graded with their reference versions, run by "
            "the grader, so a mistake there does not count twice.", len(served)).format(
            exercises=listing(served)))
    if own:
        notes.append(ngettext(
            "Exercises that use {exercises} were graded with your own version, which passes.",
            "Exercises that use {exercises} were graded with your own versions, which pass.",
            len(own)).format(exercises=listing(own)))
    return notes


def show_table(console: Console, result: RunResult, verbose: bool = False) -> None:
    """The results table, and once below it the notes on where used exercises came from."""
    console.print(results_table(result, verbose))
    for note in shared_notes(result):
        console.print(note, style="dim", markup=False)


def passed_line(passed: int, total: int, score: float, max_score: float) -> str:
    """"3 exercises passed out of 12, 31/113 points.": the noun agrees with the number passed,
    as French and English both want it to."""
    return ngettext("{passed} exercise passed out of {total}, {score}/{max} points.",
                    "{passed} exercises passed out of {total}, {score}/{max} points.",
                    passed).format(passed=passed, total=total, score=number(score, 1),
                                   max=number(max_score, 1))


def summary(result: RunResult) -> str:
    return passed_line(sum(e.passed for e in result.exercises), len(result.exercises),
                       result.score, result.max_score)


def what_it_asks(exercise_id: str) -> str:
    """The beginning of the statement: its first paragraph, and those a colon announces."""
    paragraphs = _(exercise_text(exercise_id).statement).split("\n\n")
    shown = paragraphs[:1]
    while shown[-1].rstrip().endswith((":", "：")) and len(shown) < min(
            STATEMENT_PARAGRAPHS, len(paragraphs)):
        shown.append(paragraphs[len(shown)])
    return "\n\n".join(shown)


def next_exercise_panel(exercise: ExerciseResult) -> Panel:
    """The exercise to do next: what it asks, what to look at, and its own notes."""
    parts: list[Text] = [Text(what_it_asks(exercise.id))]
    failure = exercise.first_failure()
    if failure is not None:
        parts.append(Text.assemble((_("What to look at: "), "bold"), failure.message))
    parts += [Text(note, style="dim") for note in exercise.notes]
    title = _("Next: {id} — {title} ({score}/{max} points)").format(
        id=exercise.id, title=exercise.title, score=number(exercise.score, 1),
        max=number(exercise.max_score, 1))
    return Panel(Text("\n\n").join(parts), title=title, title_align="left",
                 border_style="yellow")


def _rest_of_the_course(result: RunResult, current: ExerciseResult) -> str:
    later = [e.id for e in result.exercises[result.exercises.index(current) + 1:]
             if not e.passed]
    return ngettext("{later} more exercise to do after this one: `grade --all` shows every "
                    "result, `grade list` the whole course.",
                    "{later} more exercises to do after this one: `grade --all` shows every "
                    "result, `grade list` the whole course.", len(later)).format(later=len(later))


def show_next(console: Console, result: RunResult, due: str | None = None) -> None:
    """The first exercise not passed yet, and a line about the rest (the first run's view)."""
    current = next(e for e in result.exercises if not e.passed)
    console.print(next_exercise_panel(current))
    console.print(_("`grade show {id}` shows the whole statement; `grade watch` grades it again "
                    "each time you save your file.").format(id=current.id), markup=False)
    console.print(_rest_of_the_course(result, current), markup=False)
    console.print(summary(result), markup=False)
    if due:
        console.print(due, markup=False)
    console.print(_("Stuck? `grade hint {id}` shows a hint; ask again for a more precise "
                    "one.").format(id=current.id), markup=False)


def fallback_lines(result: RunResult) -> list[str]:
    """One line for each isolation that could not start here, and why."""
    return [_("{isolation} could not start on this computer ({reason}); your code ran with "
              "{used} instead.").format(isolation=f["isolation"], reason=f["reason"],
                                        used=result.isolation)
            for f in result.fallbacks]


def show_run(console: Console, result: RunResult, verbose: bool = False,
             due: str | None = None, focus: bool = False) -> None:
    """Every exercise graded, in a table; with `focus` (the whole course graded, as a learner
    runs `grade`), only the next exercise to do, unless everything passed. First, one line for
    each isolation that could not start here."""
    for line in fallback_lines(result):
        console.print(line, style="yellow", markup=False)
    if focus and not verbose and not result.passed:
        show_next(console, result, due)
        return
    show_table(console, result, verbose)
    console.print(summary(result), markup=False)
    if due:
        console.print(due)
    failing = [e.id for e in result.exercises if not e.passed]
    if failing:
        console.print(_("Stuck? `grade hint {id}` shows a hint; ask again for a more precise "
                        "one.").format(id=failing[0]), markup=False)
    if verbose:
        console.print(_("Seed of this run: {seed} (replay it with --seed {seed}).").format(
            seed=result.seed))
        if result.isolation == "bubblewrap":
            console.print(_("Your code ran in a bubblewrap sandbox (no network, read-only "
                            "files)."))
        else:
            console.print(_("Your code ran in a separate process with limits, without an OS "
                            "sandbox (install bubblewrap on Linux for one)."))
