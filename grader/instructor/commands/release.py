"""`grade release OUT`: build the folder students receive (no solutions inside)."""

from __future__ import annotations

from pathlib import Path

import typer

from ...commands.common import guarded, lang_option, stderr, stdout
from ...i18n import _, ngettext
from .common import course_option, setup

ORDER = 71


def register(app: typer.Typer) -> None:
    @app.command("release", help=_("Instructor: build the kit students receive in OUT: stubs, "
                                   "grader, catalogs, course file, and recorded answers instead "
                                   "of the solutions."))
    def release_command(
        out: Path = typer.Argument(..., help=_("New folder for the student kit.")),
        seeds: int = typer.Option(5, "--seeds", help=_("How many seeds to record answers for.")),
        course_file: Path = course_option(),
        lang: str = lang_option(),
    ) -> None:
        def body() -> int:
            from ..release import release  # the grader: loaded to record the answers

            course, assignment, _path = setup(lang, course_file)
            if assignment is None:
                stderr.print(_("No course file: every exercise is released and recorded. Run "
                               "`grade assign` first to choose."))
            done = release(out, course, assignment, seeds=seeds,
                           on_step=lambda message: stderr.print(f"… {message}"))
            stdout.print(ngettext(
                "Released {count} exercise to {path}, with answers recorded for the seeds "
                "{seeds}. It contains no reference solutions.",
                "Released {count} exercises to {path}, with answers recorded for the seeds "
                "{seeds}. It contains no reference solutions.", len(done.exercises)).format(
                count=len(done.exercises), path=done.folder,
                seeds=", ".join(str(s) for s in done.seeds)))
            return 0

        guarded(body)
