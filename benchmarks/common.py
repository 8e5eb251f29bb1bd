"""Timing whole processes, the way a learner waits for them: wall time, median of a few runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def learner_environment(base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The environment as on a learner's machine, where Python keeps the bytecode it compiles:
    a PYTHONDONTWRITEBYTECODE set here would make every run (and every worker) compile the kit
    again, and measure that instead."""
    env = dict(base if base is not None else os.environ, **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall_time(command: Sequence[str], repeat: int = 5, **kwargs) -> float:
    """Median wall-clock seconds of `command`, run `repeat` times (after one warm-up run)."""
    kwargs["env"] = learner_environment(kwargs.pop("env", None))
    subprocess.run(command, capture_output=True, check=False, **kwargs)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, **kwargs)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare_numpy_import(repeat: int = 5) -> float:
    """The floor every Python+NumPy tool pays: `python -c "import numpy"`."""
    return wall_time([sys.executable, "-c", "import numpy"], repeat)


def report(rows: list[tuple[str, float]], baseline: float) -> None:
    width = max(len(name) for name, _ in rows)
    label = 'baseline: python -c "import numpy"'
    print(f"{label:<{width + 4}} {baseline:7.3f} s    1.0x")
    for name, seconds in rows:
        print(f"{name:<{width + 4}} {seconds:7.3f} s  {seconds / baseline:5.1f}x")
