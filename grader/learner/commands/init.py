"""`grade init DIR`: a fresh workspace whose stubs are commented in the learner's language."""

from __future__ import annotations

from pathlib import Path

import typer
from babel import Locale

from ...commands.common import (
    check_format,
    format_option,
    guarded,
    lang_option,
    print_json,
    stdout,
)
from ...i18n import _, current_language
from ...instructor.commands.common import setup
from ..init_workspace import create_workspace

ORDER = 5


def language_name(lang: str) -> str:
    """`lang` named in the current language: "Japanese", "japonais", "日本語"."""
    return Locale.parse(lang).get_display_name(current_language()) or lang


def register(app: typer.Typer) -> None:
    @app.command("init", help=_("Create a fresh workspace in DIR: every stub, with its "
                                "explanations and TODO comments in your language, which the "
                                "workspace then keeps for every command."))
    def init(
        folder: Path = typer.Argument(..., metavar="DIR", help=_("New (or empty) folder for "
                                                                 "the workspace.")),
        lang: str = lang_option(),
        output_format: str = format_option(),
    ) -> None:
        def body() -> int:
            setup(lang, None)  # --lang, else the course's language, else the environment's
            check_format(output_format)
            chosen = current_language()
            files = create_workspace(folder, chosen)
            path = folder.resolve()
            if output_format == "json":
                print_json({"workspace": str(path), "lang": chosen, "files": files})
                return 0
            stdout.print(_("Your workspace is ready in {path}, its stubs explained in "
                           "{language}. Go there (cd {path}), run `grade list` to see the "
                           "exercises, then `grade` whenever you want your work checked: "
                           "every command there speaks {language}.").format(
                path=path, language=language_name(chosen)), markup=False)
            return 0

        guarded(body)
