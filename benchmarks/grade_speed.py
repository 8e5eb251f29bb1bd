"""How long `grade` makes a learner wait, as whole-process wall time, next to a bare NumPy import,
in each way the worker can be isolated: bubblewrap, audit hooks, and the portable path Windows
takes.

    python benchmarks/grade_speed.py [--repeat 5] [--modes bubblewrap,audit,portable]

Goals (issue 12, as ratios to the NumPy import): one exercise ≤ 3×; chapters 2–5 (the workspace
the goal was set on) ≤ 12×.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from common import bare_numpy_import, report, wall_time

from grader.catalog import load_course

KIT = Path(__file__).resolve().parents[1]
MODES = {"bubblewrap": {}, "audit": {"NNKATA_NO_BWRAP": "1"},
         "portable": {"NNKATA_PLATFORM": "portable"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--modes", default=",".join(MODES))
    args = parser.parse_args()
    grade = [sys.executable, "-m", "grader", "--workspace", str(KIT / "solutions"), "--lang", "en"]
    chapters = [c.id for c in load_course().chapters if c.exercises]
    cases = [("grade ch02.gates (one exercise)", ["ch02.gates"]),
             ("grade ch03.softmax (one exercise)", ["ch03.softmax"]),
             ("grade ch02 ch03 ch04 ch05", [c for c in chapters if c <= "ch05"])]
    rows = []
    for mode in args.modes.split(","):
        env = {**os.environ, **MODES[mode]}
        rows += [(f"[{mode}] {name}", wall_time(grade + ids, args.repeat, env=env))
                 for name, ids in cases]
    report(rows, bare_numpy_import(args.repeat))


if __name__ == "__main__":
    main()
