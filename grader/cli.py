"""The `grade` command: it only assembles the sub-commands of `grader.commands`.

`grade ch03` is short for `grade run ch03`: when the first word is not a command, `run` is
meant. The language is chosen before the app is built, so `--help` speaks it too.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import sys
from pathlib import Path

import typer
from typer.core import TyperCommand, TyperGroup

import grader

from . import commands
from .cli_words import Localized, LocalizedCommand, completion_help
from .commands.common import choose_language
from .i18n import UnknownLanguage, _, linebreak
from .learner.helptext import defaults_for_help, option_value

DEFAULT_COMMAND = "run"
COMPLETION_FLAGS = ("--install-completion", "--show-completion")
HELP_OPTIONS = ("-h", "--help")


def _command_packages() -> list:
    """`grader.commands`, and the `commands` package of each area (`grader.instructor`, ...)."""
    packages = [commands]
    for area in pkgutil.iter_modules(grader.__path__):
        # Looked for on disk: importing an area only to ask would load what it imports
        # (matplotlib for `grader.plots`) on every run.
        if area.ispkg and (Path(area.module_finder.path) / area.name / "commands").is_dir():
            packages.append(importlib.import_module(f"grader.{area.name}.commands"))
    return packages


def command_modules() -> list:
    """Every command module (one with `register(app)`), ordered by their `ORDER`."""
    found = [importlib.import_module(f"{package.__name__}.{m.name}")
             for package in _command_packages() for m in pkgutil.iter_modules(package.__path__)]
    with_register = [m for m in found if hasattr(m, "register")]
    return sorted(with_register, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


def _first_word(args: list[str], valued: set[str]) -> int | None:
    """Index of the first argument that is not an option or an option's value."""
    skip = False
    for i, arg in enumerate(args):
        if skip:
            skip = False
        elif arg.startswith("-"):
            skip = arg in valued
        else:
            return i
    return None


class DefaultCommandGroup(Localized, TyperGroup):
    """A group where options may come before the command, and `run` is the default command.

    `grade --lang ja --help` is the group's own help: the options every command takes may come
    with it (the language is chosen before the app is built)."""

    def _valued_options(self) -> set[str]:
        return {name for command in self.commands.values() for p in command.params
                if p.param_type_name == "option" and not getattr(p, "is_flag", False)
                for name in p.opts}

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        i = _first_word(args, self._valued_options())
        if any(a in COMPLETION_FLAGS for a in args):
            pass  # options of the group itself
        elif i is not None and args[i] in self.commands:
            args = [args[i], *args[:i], *args[i + 1:]]
        elif i is None and any(a in HELP_OPTIONS for a in args):
            args = [a for a in args if a in HELP_OPTIONS][:1]
        else:
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:  # the completion options Typer adds, in the learner's language
            param.help = completion_help().get(param.name or "", param.help)
        return params


def build_app() -> typer.Typer:
    app = typer.Typer(cls=DefaultCommandGroup, add_completion=True, no_args_is_help=False,
                      context_settings={"help_option_names": list(HELP_OPTIONS)},
                      help=_("nnkata: neural networks from scratch, graded as you go."))
    for module in command_modules():
        module.register(app)
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = LocalizedCommand
    return app


def prepare_language(args: list[str]) -> None:
    """Speak the language of `--lang` (else the workspace's, the course's or the environment's)
    from the first line of help on.

    An unknown `--lang` falls back to the workspace's language (and so on) here; the command
    itself then reports it, in that language.
    """
    requested = option_value(args, ("--lang", "-l"))
    try:
        choose_language(requested, *([] if requested else defaults_for_help(args)))
    except UnknownLanguage:
        choose_language(None, *defaults_for_help(args))
    linebreak.install()


def survive_narrow_consoles() -> None:
    """A console or pipe whose encoding lacks a character (a Japanese Windows console in cp932
    has no "—" nor "ᵀ") shows "?" for it instead of stopping the command with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    survive_narrow_consoles()
    # What the imports built lives until the end: keep the garbage collector from walking it
    # again and again while grading, and at exit (a third of a second, per run, otherwise).
    gc.freeze()
    try:
        prepare_language(args)
        build_app()(args, prog_name="grade")
    finally:
        gc.freeze()
