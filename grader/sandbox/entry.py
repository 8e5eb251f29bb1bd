"""Where a worker process starts, run by the host's bootstrap line
(`python -I -B -c <load this folder as the package nnkata_sandbox> FOLDER ROLE PLATFORM`).

Both roles import NumPy and the worker's plumbing first, the cost each exercise would otherwise
pay again: `template` (Linux) then forks a child per exercise (`platforms.posix`); `worker` serves
the one exercise it was spawned for (Windows, macOS, the portable path).
"""

from __future__ import annotations

import numpy  # noqa: F401 - imported once, before any exercise

from . import functions, modules, protocol, worker  # noqa: F401 - the plumbing, likewise
from .platforms import by_name, portable


def main(argv: list[str]) -> None:
    role, platform = argv[0], argv[1]
    module = by_name(platform)
    if role == "template":
        module.serve_template()
    else:
        portable.serve_spawned(module.prepare_worker)
