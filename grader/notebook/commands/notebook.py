"""`grade notebook CHAPTER`: write a notebook for the chapter into the workspace."""

from __future__ import annotations

from pathlib import Path

import typer

from ...commands.common import guarded, lang_option, resolve, stdout, workspace_option
from ...errors import KitError
from ...i18n import _
from ...learner.commands.reset import confirm
from ...workspace import write_atomically

ORDER = 48


def register(app: typer.Typer) -> None:
    @app.command("notebook", help=_("Write a Jupyter notebook for a chapter into your "
                                    "workspace, one %%grade cell per exercise."))
    def notebook(chapter: str = typer.Argument(..., help=_("The chapter, such as ch03.")),
                 workspace: Path = workspace_option(), lang: str = lang_option(),
                 yes: bool = typer.Option(False, "--yes", "-y", help=_("Do not ask for "
                                                                       "confirmation."))) -> None:
        def body() -> int:
            from ..chapter import chapter_notebook  # matplotlib: loaded to write a notebook

            ctx = resolve(workspace, lang, "text")
            if chapter not in {c.id for c in ctx.course.chapters}:
                ctx.course.select([chapter])  # an unknown id: its own translated message
                raise KitError(_("{id} is an exercise; give its chapter, such as {chapter}.")
                               .format(id=chapter, chapter=chapter.split(".")[0]))
            target = ctx.workspace / f"{chapter}.ipynb"
            if target.exists() and not yes and not confirm(
                    _("Write over {file}? [y/N]").format(file=target)):
                raise KitError(_("Nothing was changed. Run `grade notebook {id} --yes` to write "
                                 "over it without being asked.").format(id=chapter), code=1)
            write_atomically(target, chapter_notebook(ctx.course, chapter, ctx.workspace))
            stdout.print(str(target), markup=False, soft_wrap=True)
            return 0

        guarded(body)
