"""`grade plot ID`: draw the learner's work next to the reference and save it as PNG."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import KitError
from ..i18n import _
from ..learner.paths import folder_to_fill
from ..workspace import STATE_DIR
from .common import exercise_argument, guarded, lang_option, resolve, stdout, workspace_option

ORDER = 60


def register(app: typer.Typer) -> None:
    @app.command("plot", help=_("Draw your functions or learning curves next to the reference, "
                                "as PNG files."))
    def plot(exercise_id: str = exercise_argument(),
             out: Path = typer.Option(None, "--out", "-o", help=_("Folder for the pictures.")),
             workspace: Path = workspace_option(), lang: str = lang_option()) -> None:
        def body() -> int:
            from ..plugin import make_sandbox  # pytest and NumPy: loaded to draw
            from ..reference import Reference

            ctx = resolve(workspace, lang, "text")
            exercise = ctx.course.exercise(exercise_id)
            from ..plots import plotter  # matplotlib loads only when a picture is asked for
            from ..plots.style import drawable_language

            module = plotter(exercise.id)
            if module is None:
                raise KitError(_("{id} has no picture to draw.").format(id=exercise.id))
            reference = Reference()
            if not reference.available:
                raise KitError(_("Pictures draw your work over the reference solutions, and this "
                                 "copy of the kit does not include them. Run `grade {id}` for "
                                 "your verdict; your instructor's full kit can draw the "
                                 "pictures.").format(id=exercise.id))
            if out is not None:
                folder = folder_to_fill(out)
                folder.mkdir(exist_ok=True)
            else:
                folder = (ctx.workspace / STATE_DIR / "plots").resolve()
                folder.mkdir(parents=True, exist_ok=True)
            with (make_sandbox(ctx.course, exercise, ctx.workspace, reference,
                               time_factor=4) as sandbox,
                  drawable_language() as in_english):
                paths = module.draw(sandbox.module_proxy(), reference.module(exercise), folder)
            for path in paths:
                stdout.print(_("Saved {path}").format(path=path))
            if in_english:
                stdout.print(_("No font on this computer can draw Japanese, so the pictures "
                               "are labelled in English. Install one (for example Noto Sans "
                               "CJK JP: `sudo apt install fonts-noto-cjk` on Debian or "
                               "Ubuntu) and draw them again."), markup=False)
            return 0

        guarded(body)
