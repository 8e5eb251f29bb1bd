"""`grade report GRADEBOOK_DIR --out report.html`: what a graded class got wrong, who may need
help, and which submissions are nearly identical, as one HTML page (or `--format json`)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ...commands.common import check_format, format_option, guarded, lang_option, stdout
from ...errors import KitError
from ...instructor.commands.common import course_option, setup
from ..words import _

ORDER = 73
PAGE = "report.html"


def _write(path: Path, text: str) -> None:
    from ...workspace import write_atomically

    if path.is_dir():
        raise KitError(_("{path} is a folder; give the name of the file to write, such as "
                         "{path}/report.html.").format(path=path))
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise KitError(_("The report cannot be written to {path} ({problem}). Choose another "
                         "place with --out.").format(path=path, problem=exc.strerror or exc)
                       ) from None


def register(app: typer.Typer) -> None:
    @app.command("report", help=_("Instructor: what a class graded by grade batch got wrong, "
                                  "who may need help, and near-identical submissions, as one "
                                  "HTML page (or JSON)."))
    def report_command(
        gradebook_dir: Path = typer.Argument(..., help=_(
            "The folder grade batch wrote its results to (next to the gradebook CSV, with "
            "the same name), or the gradebook CSV.")),
        out: Path = typer.Option(None, "--out", "-o", help=_("The file to write (default: "
                                                             "report.html in the results "
                                                             "folder; JSON goes to the "
                                                             "standard output).")),
        course_file: Path = course_option(),
        lang: str = lang_option(),
        output_format: str = format_option(),
    ) -> None:
        def body() -> int:
            import json
            from datetime import datetime

            from ..figures import build_report
            from ..graded_class import load_class
            from ..page import render_page

            course, assignment, _path = setup(lang, course_file)
            check_format(output_format)
            graded_class = load_class(gradebook_dir.resolve())
            report = build_report(graded_class, course, datetime.now().astimezone())
            if output_format == "json":
                text = json.dumps(report.data, ensure_ascii=False, indent=2) + "\n"
                if out is None:
                    sys.stdout.write(text)
                    return 0
                target = out
            else:
                target = out or graded_class.folder / PAGE
                text = render_page(report, target.resolve(),
                                   assignment.title if assignment else None)
            _write(target, text)
            data = report.data
            stdout.print(_("Report: {path}").format(path=target.resolve()), markup=False)
            stdout.print(_("Students: {n}. May need help: {help}. Pairs of near-identical "
                           "submissions to look at: {pairs}.").format(
                n=data["students"], help=len(data["struggling"]),
                pairs=len(data["similarity"]["pairs"])), markup=False)
            return 0

        guarded(body)
