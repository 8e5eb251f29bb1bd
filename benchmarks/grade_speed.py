"""How long `grade` makes a learner wait, as whole-process wall time, next to a bare NumPy import.

    python benchmarks/grade_speed.py [--repeat 5]

Targets (2 cores): one exercise under 1 s; chapter 2 under 2 s; chapters 3 and 4 under 5 s.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import bare_numpy_import, report, wall_time

from grader.catalog import load_course

KIT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    grade = [sys.executable, "-m", "grader", "--workspace", str(KIT / "solutions"), "--lang", "en"]
    course = load_course()
    cases = [("grade ch02.gates (one exercise)", ["ch02.gates"]), ("grade ch02", ["ch02"])]
    chapters = {c.id for c in course.chapters if c.exercises}
    if {"ch03", "ch04"} <= chapters:
        cases.append(("grade ch03 ch04", ["ch03", "ch04"]))
    cases.append(("grade (complete workspace)", []))
    baseline = bare_numpy_import(args.repeat)
    rows = [(name, wall_time(grade + ids, args.repeat)) for name, ids in cases]
    report(rows, baseline)


if __name__ == "__main__":
    main()
