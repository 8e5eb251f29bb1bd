"""The `grade` command's first moments: when the command will grade, the worker host starts
before the command line's own imports (Typer, rich, pytest, the commands), so the worker's
start-up (bubblewrap, Python, NumPy) runs beside them instead of after them."""

from __future__ import annotations

import sys

# Commands that never grade in this process; any other command line (`grade`, `grade ch03`,
# `grade run`, `grade watch`) grades, and a wrong guess only costs a worker started for nothing.
NOT_GRADING = frozenset({"assign", "batch", "data", "gradescope", "hint", "init", "list",
                         "notebook", "plot", "release", "report", "reset", "show", "solution",
                         "status", "--help", "-h", "--install-completion", "--show-completion"})


def will_grade(args: list[str]) -> bool:
    return not NOT_GRADING.intersection(args)


def main() -> None:
    try:
        if will_grade(sys.argv[1:]):
            try:
                from .sandbox.host import shared_host

                shared_host()
            except Exception:  # noqa: BLE001 - the command itself reports it, in its words
                pass
        from .cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:  # Ctrl-C before the command began (within it, it says so itself)
        from .learner.errors import interrupted

        print(interrupted(), file=sys.stderr)
        sys.exit(130)
