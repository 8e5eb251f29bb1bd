"""What differs between operating systems, one small module each; nothing POSIX- or
Windows-only is called anywhere else in the kit.

- `posix`: Linux and macOS. On Linux a template process imports NumPy once and forks an isolated
  child per exercise (`ForkServer`); resource limits, process groups, dropping root. macOS spawns
  a worker per exercise instead (forking after NumPy is not safe with Apple's Accelerate).
- `windows`: a worker spawned per exercise, inside a Job Object that limits its memory, forbids
  child processes and kills everything at once.
- `portable`: only what every OS has — a spawned worker talking over its stdin and stdout, a
  thread for deadlines, `psutil` to watch memory and stop a process tree. It is the path Windows
  takes; `NNKATA_PLATFORM=portable` makes Linux take it too, so the tests prove it.

Each module offers the grader's side (`start_backend`, `Keys` for watch mode) and the worker's
(`prepare_worker`, called in the worker before the learner's code runs).
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass, field
from types import ModuleType

NAMES = ("posix", "windows", "portable")


def current_name() -> str:
    """`NNKATA_PLATFORM` when it names a platform, else this machine's."""
    chosen = os.environ.get("NNKATA_PLATFORM", "")
    if chosen in NAMES:
        return chosen
    return "windows" if sys.platform == "win32" else "posix"


def by_name(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def current() -> ModuleType:
    return by_name(current_name())


@dataclass
class Launch:
    """How to start a worker process: the sandbox's command line (bubblewrap's, or none), the
    interpreter with the bootstrap line, the environment, and what each child needs to set
    itself up (`spec`: scratch folders to clear, a user to become, a PID namespace to tidy)."""

    prefix: list[str]
    python: list[str]
    env: dict[str, str]
    cwd: str
    isolation: str
    platform: str
    spec: dict = field(default_factory=dict)

    def argv(self, role: str) -> list[str]:
        return [*self.prefix, *self.python, role, self.platform]
