"""Typer's and Click's own words — help headings, usage lines, type names, parse errors — in the
learner's language, from the kit's catalogs.

Typer 0.28 vendors Click as `typer._click`, whose messages are English f-strings: there is no
gettext call to hook into. So the kit translates what reaches the learner, in one place:

- `localize_typer()` sets the headings and labels Typer's rich help prints (module constants
  of `typer.rich_utils`) when help or an error is about to be shown;
- `LocalizedCommand` (and the `grade` group, through `Localized`) writes the usage line, the
  help option's help and the type names (`<str>`, `<int>`, `<directory>`) in that language;
- `show_click_error` prints a parse error with its message translated: Click's English
  messages are recognised by their templates (`CLICK_MESSAGES`), each of which is also the
  msgid, so English output stays Click's own, word for word.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import NoReturn

from typer._click import exceptions as click_errors
from typer._click.types import BoolParamType
from typer.core import TyperArgument, TyperCommand
from typer.exceptions import Abort

from .i18n import N_, _

# Click's messages, as Typer 0.28's Click writes them (values quoted with repr, as Click does).
CLICK_MESSAGES = (
    N_("No such option: {name}"),
    N_("No such option: {name} (Possible options: {options})"),
    N_("No such command {name}."),
    N_("No such command {name}. Did you mean {suggestions}?"),
    N_("Missing command."),
    N_("Missing argument {name}."),
    N_("Missing option {name}."),
    N_("Missing parameter {name}."),
    N_("Option {name} requires an argument."),
    N_("Option {name} requires {n} arguments."),
    N_("Option {name} does not take a value."),
    N_("Argument {name} takes {n} values."),
    N_("Got unexpected extra argument(s) ({arguments})"),
    N_("Invalid value for {name}: {reason}"),
    N_("Invalid value: {reason}"),
    N_("{value} is not a valid {type}."),
    N_("{value} is not a valid boolean. Recognized values: {values}"),
    N_("{value} is not one of {choices}."),
    N_("{value} is not in the range {range}."),
    N_("Directory {path} is a file."),
    N_("Directory {path} does not exist."),
    N_("File {path} is a directory."),
    N_("File {path} does not exist."),
    N_("Path {path} does not exist."),
)
# Click's names of value types, shown in help as `<str>` and in "is not a valid int."
TYPE_NAMES = {
    # TRANSLATORS: the type of an option's value, shown in help as <text>
    "str": N_("text"),
    "int": N_("integer"),
    "int range": N_("integer"),
    "float": N_("number"),
    "float range": N_("number"),
    "path": N_("path"),
    "directory": N_("folder"),
    "file": N_("file"),
}
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each template as a regular expression: those that begin with words before those that
    begin with a value (which could swallow them), the longest literal text first."""
    compiled = []
    for template in CLICK_MESSAGES:
        pieces = _FIELD.split(template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                        for i, p in enumerate(pieces))
        compiled.append((re.compile(regex, re.DOTALL), template))
    return sorted(compiled, key=lambda item: (item[1].startswith("{"),
                                               -len(_FIELD.sub("", item[1]))))


def type_name(name: str) -> str:
    """A Click type name in the learner's language ("int" -> "entier"), else as it is."""
    return _(TYPE_NAMES[name]) if name in TYPE_NAMES else name


def translate_click_message(message: str) -> str:
    """One of Click's English messages in the learner's language (as it is if unknown)."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            fields = match.groupdict()
            if "reason" in fields:
                fields["reason"] = translate_click_message(fields["reason"])
            if "type" in fields:
                fields["type"] = type_name(fields["type"])
            return _(template).format(**fields)
    return message


def localize_typer() -> ModuleType:
    """Typer's `rich_utils`, the words its help and errors print themselves set in the current
    language. Loaded when help or an error is shown (a twentieth of a second spared per run)."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = _("Arguments")
    rich_utils.OPTIONS_PANEL_TITLE = _("Options")
    rich_utils.COMMANDS_PANEL_TITLE = _("Commands")
    rich_utils.ERRORS_PANEL_TITLE = _("Error")
    # TRANSLATORS: {} is the default value of an option, e.g. [default: text]
    rich_utils.DEFAULT_STRING = _("[default: {}]")
    # TRANSLATORS: {} is the name of an environment variable
    rich_utils.ENVVAR_STRING = _("[env var: {}]")
    rich_utils.REQUIRED_LONG_STRING = _("[required]")
    rich_utils.DEPRECATED_STRING = _("(deprecated) ")
    rich_utils.ABORTED_TEXT = _("Aborted.")
    # TRANSLATORS: keep the markup [blue]…[/] around the command
    rich_utils.RICH_HELP = _("Try [blue]'{command_path} {help_option}'[/] for help.")
    return rich_utils


def completion_help() -> dict[str, str]:
    """Help of the `--install-completion` and `--show-completion` options Typer adds."""
    return {"install_completion": _("Install completion of commands and exercise ids for your "
                                    "shell."),
            "show_completion": _("Show the completion script for your shell, to install it "
                                 "yourself.")}


def _localize_param(param) -> None:
    """The help option's help, and the type of the param's value as help shows it (`<整数>`),
    in the learner's language; Click's own name for the type stays, for its messages. Once:
    Click asks for the params several times."""
    if getattr(param, "_nnkata_localized", False):
        return
    param._nnkata_localized = True
    if param.name == "help":
        param.help = _("Show this message and exit.")
    if isinstance(param.type, BoolParamType) or param.type.name not in TYPE_NAMES:
        return
    param.type = copy.copy(param.type)  # the original is shared by many parameters
    if isinstance(param, TyperArgument):  # help shows an argument's type by its name
        param.type.name = type_name(param.type.name)
    else:  # and an option's by its metavar, which Click's messages do not use
        shown = f"<{type_name(param.type.name)}>"
        param.type.get_metavar = lambda param, ctx: shown


def _usage_words() -> dict[str, str]:
    # TRANSLATORS: the placeholders of a usage line: grade [OPTIONS] COMMAND [ARGS]...
    return {"[OPTIONS]": _("[OPTIONS]"), "COMMAND [ARGS]...": _("COMMAND [ARGS]...")}


class Localized:
    """What a command or the group shows of Typer's words, in the learner's language; run as
    the program, it reports parse errors in that language too."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _localize_param(param)
        return params

    def format_help(self, ctx, formatter) -> None:
        localize_typer()
        return super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx) -> list[str]:
        words = _usage_words()
        return [words.get(piece, piece) for piece in super().collect_usage_pieces(ctx)]

    def get_usage(self, ctx) -> str:
        usage = super().get_usage(ctx)
        # TRANSLATORS: starts the usage line, "Usage: grade run [OPTIONS] [ID]..."; keep the
        # space at the end, if your language puts one after the colon
        return re.sub(r"^(\s*)Usage: ", lambda m: m.group(1) + _("Usage: "), usage)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        finish_standalone(lambda: super(Localized, self).main(
            args, prog_name, complete_var, standalone_mode=False, **extra))


class LocalizedCommand(Localized, TyperCommand):
    """Every `grade` sub-command (`grader.cli.build_app` gives them this class)."""


def finish_standalone(run: Callable[[], object]) -> NoReturn:
    """Run Click in its non-standalone mode and end as its standalone mode would (exit status,
    "Aborted."), but with the parse error in the learner's language."""
    try:
        code = run()
    except click_errors.ClickException as error:
        show_click_error(error)
        sys.exit(error.exit_code)
    except Abort:
        localize_typer().rich_abort_error()
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def show_click_error(error: click_errors.ClickException) -> None:
    """Print a parse error as Typer does, its message in the learner's language."""
    rich_utils = localize_typer()
    if isinstance(error, click_errors.NoArgsIsHelpError):
        rich_utils.rich_format_error(error)
        return
    message = translate_click_message(error.format_message())
    if isinstance(error, click_errors.UsageError):
        shown: click_errors.ClickException = click_errors.UsageError(message, ctx=error.ctx)
    else:
        shown = click_errors.ClickException(message)
    rich_utils.rich_format_error(shown)
