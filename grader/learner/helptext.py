"""`--help` in the learner's language, decided before Typer builds the app.

The language comes from `--lang`, then the workspace's own choice (`grade init --lang`), then
the course file, then the environment: as for every command (Typer's own words are
`grader.cli_words`'s).
"""

from __future__ import annotations

from pathlib import Path

from ..workspace import find_workspace, workspace_language


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
        found.append(workspace_language(find_workspace(Path(explicit) if explicit else None)))
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
