"""What every command shares: the common options, the language, the workspace, the output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from ..catalog import Course, load_course
from ..errors import KitError, message_for
from ..i18n import _, negotiate, set_language
from ..instructor.assignment import Assignment, load_assignment, shows_expected
from ..learner.completion import complete_exercises
from ..learner.errors import interrupted
from ..learner.settings import CourseSettings
from ..workspace import State, find_workspace, workspace_language

FORMATS = ("text", "json")
stdout = Console(highlight=False, soft_wrap=False)
stderr = Console(stderr=True, highlight=False)


def workspace_option() -> Any:
    return typer.Option(None, "--workspace", "-w", file_okay=False,
                        help=_("Folder of exercise modules to use (default: ./exercises, looked "
                               "for from here upward)."))


def lang_option() -> Any:
    return typer.Option(None, "--lang", "-l", help=_("Language: ja, fr or en (default: from the "
                                                     "environment)."))


def exercise_argument() -> Any:
    return typer.Argument(..., metavar="ID", help=_("Exercise id, such as ch02.gates."),
                          autocompletion=complete_exercises)


def format_option() -> Any:
    return typer.Option("text", "--format", "-f", help=_("Output: text or json."))


@dataclass
class Context:
    """The resolved common options of one command."""

    course: Course
    workspace: Path
    output_format: str
    assignment: Assignment | None = None  # the course file's, read once by `resolve`

    @property
    def settings(self) -> CourseSettings:
        return self.assignment.settings if self.assignment else CourseSettings()

    @property
    def show_expected(self) -> bool:
        """Failures show expected values, except in exam mode."""
        return shows_expected(self.assignment)

    @property
    def state(self) -> State:
        return State(self.workspace).require_intact()


def choose_language(lang: str | None, *defaults: str | None) -> None:
    """`--lang`, then the first default given (course, workspace), then the environment."""
    set_language(negotiate(lang or next((d for d in defaults if d), None)))


def check_format(output_format: str) -> None:
    if output_format not in FORMATS:
        raise KitError(_("Unknown output format “{format}”. Choose text or json.").format(
            format=output_format))


def resolve(workspace: Path | None, lang: str | None, output_format: str) -> Context:
    """The language comes first, so that every later error is in the learner's language: the
    workspace's, read before anything that may fail (a broken course file, a damaged state)."""
    choose_language(lang)
    check_format(output_format)
    folder = find_workspace(workspace)
    if lang is None:
        choose_language(None, workspace_language(folder))
    course = load_course()
    assignment = load_assignment(course)  # a broken course file stops every command
    if lang is None:
        choose_language(None, workspace_language(folder), assignment.lang if assignment else None)
    return Context(course, folder, output_format, assignment)


def print_json(data: dict) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def report(ctx: Context, message: str, data: dict) -> None:
    """A one-sentence outcome: as that sentence, or in JSON as `data` with it as "message"."""
    if ctx.output_format == "json":
        print_json(data | {"message": message})
    else:
        stdout.print(message, markup=False)


def guarded(body: Callable[[], int | None]) -> None:
    """Run a command; input errors become a translated message on stderr and exit status 2,
    and Ctrl-C a translated "interrupted" and exit status 130."""
    try:
        code = body() or 0
    except KeyboardInterrupt:
        stderr.print(interrupted(), markup=False)
        raise typer.Exit(130) from None
    except Exception as exc:
        error = message_for(exc)
        if error is None:
            raise
        # TRANSLATORS: starts an error message; keep the space at the end, if your language
        # puts one after the colon
        stderr.print(Text.assemble((_("Error: "), "bold red"), error.message))
        raise typer.Exit(error.code) from None
    raise typer.Exit(code)

