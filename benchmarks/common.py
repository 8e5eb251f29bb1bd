"""Timing whole processes, the way a learner waits for them: wall time, median of a few runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def wall_time(command: Sequence[str], repeat: int = 5, **kwargs) -> float:
    """Median wall-clock seconds of `command`, run `repeat` times (after one warm-up run).

    The warm-up may write bytecode as it would on a learner's machine, even where the
    environment says not to (PYTHONDONTWRITEBYTECODE): otherwise every run compiles the kit.
    """
    env = dict(kwargs.pop("env", None) or os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kwargs["env"] = env
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
