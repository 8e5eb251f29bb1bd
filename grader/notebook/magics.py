"""The magics a learner types in a notebook; each does what the matching `grade` command does."""

from __future__ import annotations

import shlex
import tempfile
from pathlib import Path

from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.display import HTML, Image, display

from ..catalog import load_course
from ..commands.common import resolve
from ..errors import message_for
from ..i18n import _
from ..runner import grade
from .cell import CellRefused, write_cell
from .result import GradedCell, escaped


def _split(line: str) -> tuple[list[str], str | None]:
    """The words of a magic's line, and the value of its `--lang`."""
    words, lang = shlex.split(line), None
    if "--lang" in words:
        at = words.index("--lang")
        lang = words[at + 1] if at + 1 < len(words) else None
        words = words[:at] + words[at + 2:]
    return words, lang


@magics_class
class GradeMagics(Magics):
    """`%%grade`, `%grade`, `%hint`, `%grade_plot`, `%grade_workspace`: the workspace is found
    from the notebook's folder upward, as `grade` finds it, unless `%grade_workspace` names
    one."""

    workspace: Path | None = None

    def _workspace(self) -> Path | None:
        """The one `%grade_workspace` named; else the notebook's own folder when it holds the
        chapters (`grade notebook` writes there); else None: found upward, as `grade` does."""
        if self.workspace is not None:
            return self.workspace
        here = Path.cwd()
        chapters = [c.dir for c in load_course().chapters]
        return here if any((here / d).is_dir() for d in chapters) else None

    def _cli(self, *args: str) -> None:
        """A command of the kit, run as `grade` runs it, its output in the cell's output."""
        from ..cli import main

        folder = self._workspace()
        workspace = ["--workspace", str(folder)] if folder else []
        try:
            main([*args, *workspace])
        except SystemExit:
            pass

    @line_magic
    def grade_workspace(self, line: str) -> None:
        self.workspace = Path(line.strip()).expanduser().resolve()

    @line_magic("grade")
    def grade_line(self, line: str) -> None:
        words, lang = _split(line)
        self._cli("run", *words, "--all", *(["--lang", lang] if lang else []))

    @line_magic
    def grade_plot(self, line: str) -> None:
        """`grade plot ID`, its pictures shown in the notebook instead of opened."""
        words, lang = _split(line)
        with tempfile.TemporaryDirectory() as folder:
            self._cli("plot", *words, "--out", folder, *(["--lang", lang] if lang else []))
            for picture in sorted(Path(folder).glob("*.png")):
                display(Image(data=picture.read_bytes(), format="png"))

    @line_magic
    def hint(self, line: str) -> None:
        words, lang = _split(line)
        self._cli("hint", *words, *(["--lang", lang] if lang else []))

    @cell_magic("grade")
    def grade_cell(self, line: str, cell: str) -> GradedCell | None:
        words, lang = _split(line)
        try:
            if len(words) != 1:
                raise CellRefused(_("Write the exercise to grade after %%grade, for example "
                                    "%%grade ch03.softmax."))
            ctx = resolve(self._workspace(), lang, "text")
            exercise = ctx.course.exercise(words[0])
            write_cell(cell, exercise, ctx.workspace)
            state = ctx.state
            run = grade(ctx.course, [exercise], ctx.workspace, state=state,
                        show_expected=ctx.show_expected, hint_limit=ctx.settings.hint_limit)
        except CellRefused as refused:
            display(HTML(escaped(str(refused))))
            return None
        except Exception as error:  # noqa: BLE001 - the kit's own errors, in the learner's words
            known = message_for(error)
            if known is None:
                raise
            display(HTML(escaped(known.message)))
            return None
        state.record_verdicts(run.exercises)
        return GradedCell.of(run)
