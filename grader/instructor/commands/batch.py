"""`grade batch SUBMISSIONS --out gradebook.csv`: grade a whole class (see
`grader.instructor.batch` for the statuses and files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ...commands.common import format_option, guarded, lang_option, print_json, stderr, stdout
from ...errors import KitError
from ...i18n import _, ngettext, number
from ...lms.options import column_option, export_option, overrides_option, roster_option
from .common import course_option, setup

ORDER = 72


def _summary_table(summary: dict) -> Table:
    table = Table(title=_("Class summary"))
    table.add_column(_("Exercise"))
    table.add_column(_("Average"), justify="right")
    table.add_column(_("Points"), justify="right")
    for exercise_id, row in summary["exercises"].items():
        average = "-" if row["average"] is None else number(row["average"], 2)
        table.add_row(exercise_id, average, number(row["max"], 2))
    total = "-" if summary["average_total"] is None else number(summary["average_total"], 2)
    table.add_row(_("Total"), total, number(summary["max_total"], 2), style="bold")
    return table


def register(app: typer.Typer) -> None:
    @app.command("batch", help=_("Instructor: grade every student folder or .zip under "
                                 "SUBMISSIONS into a gradebook, in parallel; run it again to "
                                 "finish an interrupted run."))
    def batch_command(
        submissions: Path = typer.Argument(..., help=_("Folder with one folder or .zip per "
                                                       "student.")),
        out: Path = typer.Option(..., "--out", "-o", help=_("The gradebook CSV to write.")),
        results: Path = typer.Option(None, "--results", help=_("Folder for feedback, JSON and "
                                                               "the summary (default: next to "
                                                               "the gradebook, named after "
                                                               "it).")),
        roster: Path = roster_option(),
        export: list[str] = export_option(),
        overrides: Path = overrides_option(),
        column: str = column_option(),
        jobs: int = typer.Option(0, "--jobs", "-j", help=_("Students graded at once (default: "
                                                           "one per core).")),
        seed: int = typer.Option(None, "--seed", help=_("Same random inputs for every student "
                                                        "(default: one seed per student).")),
        force: bool = typer.Option(False, "--force", help=_("Grade every student again, even "
                                                            "those already graded.")),
        gradescope: Path = typer.Option(None, "--gradescope", help=_("Also copy the Gradescope "
                                                                     "results.json of a class "
                                                                     "of one here.")),
        course_file: Path = course_option(),
        lang: str = lang_option(),
        output_format: str = format_option(),
    ) -> None:
        def body() -> int:
            from ...lms.publish import as_data, plan, publish, summary_lines  # the grader: loaded
            from ..batch import Batch, run_batch  # to grade the class

            course, assignment, _path = setup(lang, course_file)
            if output_format not in ("text", "json"):
                raise KitError(_("Unknown output format “{format}”. Choose text or json.")
                               .format(format=output_format))
            if not submissions.is_dir():
                raise KitError(_("The submissions folder {path} does not exist.").format(
                    path=submissions))
            gradebook = out.resolve()
            folder = (results or gradebook.with_suffix("")).resolve()
            batch = Batch(submissions.resolve(), gradebook, folder, course, assignment,
                          None, jobs, seed, force)
            lms = plan(batch, roster=roster, overrides=overrides, exports=export, column=column)
            batch.roster = lms.folders if lms else None
            batch.dates = lms.dates(assignment.due if assignment else None) if lms else {}
            progress = Progress(TextColumn(_("Grading the class")), BarColumn(),
                                MofNCompleteColumn(), TimeRemainingColumn(), console=stderr,
                                transient=True, disable=not stderr.is_terminal)
            task = progress.add_task("", total=0)

            def started(todo: int, skipped: int) -> None:
                progress.update(task, total=todo)
                if skipped:
                    stderr.print(ngettext(
                        "{skipped} student already graded and unchanged; {todo} to grade.",
                        "{skipped} students already graded and unchanged; {todo} to grade.",
                        skipped).format(skipped=skipped, todo=todo))

            with progress:
                outcome = run_batch(batch, on_start=started,
                                    on_done=lambda _record: progress.advance(task))
            if gradescope is not None and len(outcome.records) == 1:
                gradescope.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(batch.student_dir(outcome.records[0]["student"]) /
                                "results.json", gradescope)
            published = lms and publish(lms, batch, outcome.records)
            counts = outcome.summary["counts"]
            if output_format == "json":
                print_json(outcome.summary | {"gradebook": str(gradebook),
                                              "results": str(folder),
                                              "graded_now": outcome.graded_now}
                           | ({"lms": as_data(published)} if published else {}))
            else:
                stdout.print(_summary_table(outcome.summary))
                stdout.print(ngettext(
                    "{students} student: {graded} graded on time, {late} late, {missing} "
                    "missing, {broken} broken.",
                    "{students} students: {graded} graded on time, {late} late, {missing} "
                    "missing, {broken} broken.",
                    outcome.summary["students"]).format(students=outcome.summary["students"],
                                                        **counts))
                stdout.print(_("Gradebook: {csv}\nFeedback, JSON and histogram: {folder}")
                             .format(csv=gradebook, folder=folder))
                for line in summary_lines(published) if published else []:
                    stdout.print(line)
            return 1 if counts["missing"] or counts["broken"] else 0

        guarded(body)
