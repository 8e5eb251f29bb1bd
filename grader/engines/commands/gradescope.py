"""`grade gradescope ZIP`: build the autograder to upload to Gradescope."""

from __future__ import annotations

from pathlib import Path

import typer

from ...commands.common import guarded, lang_option, stdout
from ...i18n import _
from ...instructor.commands.common import course_option, setup

ORDER = 73


def register(app: typer.Typer) -> None:
    @app.command("gradescope", help=_("Instructor: build the autograder zip to upload to "
                                      "Gradescope, with the kit, its reference solutions and "
                                      "the course file."))
    def gradescope(zip_path: Path = typer.Argument(..., metavar="ZIP",
                                                   help=_("The zip file to write.")),
                   course_file: Path = course_option(), lang: str = lang_option()) -> None:
        def body() -> int:
            from ..autograder_zip import build  # NumPy (MNIST's checksums): loaded to build

            course, assignment, path = setup(lang, course_file)
            exercises = assignment.exercises(course) if assignment else course.exercises
            written = build(zip_path.resolve(), exercises, path)
            stdout.print(_("Wrote {path}: upload it as the assignment's autograder on "
                           "Gradescope.").format(path=written), markup=False, soft_wrap=True)
            return 0

        guarded(body)
