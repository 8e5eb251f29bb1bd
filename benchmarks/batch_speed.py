"""How fast an instructor grades a class: `grade batch` against a loop of single `grade` calls.

    python benchmarks/batch_speed.py [--students 100] [--jobs 2] [--loop-sample N]

The class is `--students` copies of a complete submission (the reference solutions) of
chapters 2-4, or of whichever of them have hidden checks. `grade batch` grades it in one call
with `--jobs` processes; the baseline grades the same folders one after another, one
`python -m grader --workspace ...` call each, as a shell loop would. With `--loop-sample N` only
N of the loop's calls are timed and the rest extrapolated. Both report submissions per minute;
the target is a batch at least 1.8x faster than the loop on 2 cores. The batch is run
`--repeat` times and the best run counts; the load average is printed, since other work on a
shared machine slows the parallel batch more than the one-core loop.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import learner_environment

from grader.catalog import checks_file, load_course

KIT = Path(__file__).resolve().parents[1]


def _class(root: Path, students: int, ids: list[str]) -> tuple[Path, Path]:
    submissions = root / "submissions"
    for i in range(students):
        shutil.copytree(KIT / "solutions", submissions / f"student{i:03d}",
                        ignore=shutil.ignore_patterns("__pycache__", ".nnkata"))
    course = root / "nnkata-course.toml"
    course.write_text("".join(f'[[assign]]\nid = "{i}"\n\n' for i in ids), encoding="utf-8")
    return submissions, course


def _run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--loop-sample", type=int, default=0,
                        help="time only this many single calls and extrapolate (0: all)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="batch runs (each grading the whole class again); the best counts")
    args = parser.parse_args()
    course = load_course()
    ids = [e.id for e in course.exercises
           if e.chapter in ("ch02", "ch03", "ch04") and checks_file(e).is_file()]
    with tempfile.TemporaryDirectory(prefix="nnkata-bench-") as tmp:
        root = Path(tmp)
        submissions, course_file = _class(root, args.students, ids)
        env = learner_environment(NNKATA_COURSE=str(course_file))
        loads = [os.getloadavg()[0]]
        batch = min(_run([sys.executable, "-m", "grader", "batch", str(submissions), "--out",
                          str(root / "gradebook.csv"), "--jobs", str(args.jobs), "--force",
                          "--lang", "en"], env) for _ in range(args.repeat))
        loads.append(os.getloadavg()[0])
        folders = sorted(submissions.iterdir())
        sample = folders[:args.loop_sample] if args.loop_sample else folders
        loop = sum(_run([sys.executable, "-m", "grader", "--workspace", str(f), "--lang", "en",
                         "--format", "json"], env) for f in sample)
        loop *= len(folders) / len(sample)
        loads.append(os.getloadavg()[0])
    n = args.students
    print(f"exercises: {', '.join(ids)}; {n} submissions; batch --jobs {args.jobs}; "
          f"{os.cpu_count()} cores")
    extrapolated = f" (extrapolated from {len(sample)} calls)" if args.loop_sample else ""
    print(f"loop of single `grade` calls{extrapolated}: {loop:7.1f} s  "
          f"{60 * n / loop:6.1f} submissions/min")
    print(f"grade batch:                  {batch:7.1f} s  {60 * n / batch:6.1f} submissions/min")
    print(f"batch is {loop / batch:.2f}x faster than the loop (target: 1.8x)")
    print("1-minute load average before, between and after: "
          + ", ".join(f"{x:.1f}" for x in loads) + " (other work on the machine skews both)")


if __name__ == "__main__":
    main()
