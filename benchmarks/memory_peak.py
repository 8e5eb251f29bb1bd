"""The most memory `grade` holds at once on the complete workspace: the grader and every worker
together (resident set sizes summed over the process tree, sampled every 20 ms).

    python benchmarks/memory_peak.py [ids ...]

Goal (issue 12): at most about 300 MB for chapters 2–5.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil
from common import learner_environment

KIT = Path(__file__).resolve().parents[1]


def tree_rss(root: psutil.Process) -> int:
    total = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            pass
    return total


def main() -> None:
    ids = sys.argv[1:]
    command = [sys.executable, "-m", "grader", "--workspace", str(KIT / "solutions"),
               "--lang", "en", *ids]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=learner_environment())
    root, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        peak = max(peak, tree_rss(root))
        time.sleep(0.02)
    print(f"grade {' '.join(ids) or '(complete workspace)'}: peak {peak / 2**20:.0f} MB for "
          f"grader and workers together, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
