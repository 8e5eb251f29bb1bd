"""`--help` in the learner's language, decided before Typer builds the app.

The language comes from `--lang`, then the workspace's own choice (`grade init --lang`), then
the course file, then the environment: as for every command. The headings Typer draws around
the help (Arguments, Options, Commands, [default: ...]) are translated here too.
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from ..workspace import State, find_workspace


def option_value(args: list[str], names: tuple[str, ...]) -> str | None:
    """The value of the last of `names` in `args` (`--name VALUE` or `--name=VALUE`)."""
    found = None
    for i, arg in enumerate(args):
        if arg in names and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith(tuple(f"{n}=" for n in names if n.startswith("--"))):
            found = arg.split("=", 1)[1]
    return found


def defaults_for_help(args: list[str]) -> list[str | None]:
    """The workspace's language and the course's, as far as they can be read (never raises)."""
    found: list[str | None] = []
    explicit = option_value(args, ("--workspace", "-w"))
    try:
        found.append(State(find_workspace(Path(explicit) if explicit else None)).language)
    except (OSError, ValueError):
        found.append(None)
    try:
        from ..catalog import load_course
        from ..instructor.assignment import load_assignment

        assignment = load_assignment(load_course())
        found.append(assignment.lang if assignment else None)
    except Exception:  # a broken course file is reported by the command itself
        found.append(None)
    return found


def translate_typer_headings() -> None:
    """The words Typer's rich help prints itself, in the current language."""
    try:
        from typer import rich_utils
    except ImportError:  # pragma: no cover - Typer without rich
        return
    rich_utils.ARGUMENTS_PANEL_TITLE = _("Arguments")
    rich_utils.OPTIONS_PANEL_TITLE = _("Options")
    rich_utils.COMMANDS_PANEL_TITLE = _("Commands")
    rich_utils.ERRORS_PANEL_TITLE = _("Error")
    # TRANSLATORS: {} is the default value of an option, e.g. [default: text]
    rich_utils.DEFAULT_STRING = _("[default: {}]")
    rich_utils.REQUIRED_LONG_STRING = _("[required]")
    rich_utils.ABORTED_TEXT = _("Aborted.")


def completion_help() -> dict[str, str]:
    """Help of the `--install-completion` and `--show-completion` options Typer adds."""
    return {"install_completion": _("Install completion of commands and exercise ids for your "
                                    "shell."),
            "show_completion": _("Show the completion script for your shell, to install it "
                                 "yourself.")}
