"""The most memory `grade` holds at once on the complete workspace: the grader and every worker
together, sampled every 20 ms over the process tree. Two sums: resident set sizes (pages that
forked workers share with their template count once per process), and, on Linux, proportional
set sizes (each shared page split among the processes sharing it: the memory really held).

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


def tree_memory(root: psutil.Process) -> tuple[int, int]:
    """Summed RSS and PSS (0 where the OS does not report PSS) of `root` and its descendants."""
    rss = pss = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            info = process.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", 0)
    return rss, pss


def main() -> None:
    ids = sys.argv[1:]
    command = [sys.executable, "-m", "grader", "--workspace", str(KIT / "solutions"),
               "--lang", "en", *ids]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=learner_environment())
    root, peak_rss, peak_pss = psutil.Process(child.pid), 0, 0
    while child.poll() is None:
        rss, pss = tree_memory(root)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.02)
    print(f"grade {' '.join(ids) or '(complete workspace)'}: peak {peak_rss / 2**20:.0f} MB "
          f"resident ({peak_pss / 2**20:.0f} MB proportional, shared pages counted once) for "
          f"grader and workers together, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
