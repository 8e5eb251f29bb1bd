"""How long `grade watch` makes a learner wait between saving a file and seeing the verdict.

    python benchmarks/watch_speed.py [--repeat 5] [--exercise ch03.softmax]

The whole loop is timed from outside, as a learner lives it: a `grade watch` process is started
on a fresh stub workspace; once its first verdict is on screen, the exercise's file is saved
(written and renamed, as editors do) and the clock runs until the next verdict is printed. Each
round saves a wrong version (a mutant: the verdict is a failure, every check runs) and then the
reference solution (a pass: the loop moves on). Medians, next to `python -c "import numpy"`.

Target (2 cores): under 1 s from save to verdict.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import bare_numpy_import, learner_environment, report

from grader.catalog import load_course

KIT = Path(__file__).resolve().parents[1]


class Watching:
    """A `grade watch` process whose output lines arrive on a queue, with their time."""

    def __init__(self, workspace: Path, exercise: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "grader", "watch", exercise, "--lang", "en", "--workspace",
             str(workspace)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, cwd=KIT, env=learner_environment(COLUMNS="200"))
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put((time.perf_counter(), line))

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        """The time at which a line containing `text` was printed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                when, line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if text in line:
                return when
        raise TimeoutError(f"grade watch never printed {text!r}")

    def quit(self) -> None:
        self.proc.stdin.write("q\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=30)


def save(path: Path, text: str) -> float:
    """Write as an editor does (a temporary file renamed over the target); the time of the save."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return time.perf_counter()


def one_round(exercise_id: str, mutant: Path) -> tuple[float, float]:
    exercise = load_course().exercise(exercise_id)
    reference = (KIT / "solutions" / exercise.module_path).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        shutil.copytree(KIT / "exercises", workspace,
                        ignore=shutil.ignore_patterns("__pycache__", ".nnkata"))
        target = workspace / exercise.module_path
        watching = Watching(workspace, exercise_id)
        try:
            watching.wait_for("Keys:")
            time.sleep(0.5)  # the learner reads, then edits
            saved = save(target, reference + "\n\n" + mutant.read_text(encoding="utf-8"))
            failing = watching.wait_for("Keys:") - saved
            time.sleep(0.5)
            saved = save(target, reference)
            passing = watching.wait_for("passes all its checks") - saved
        finally:
            watching.quit()
    return failing, passing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--exercise", default="ch03.softmax")
    args = parser.parse_args()
    exercise = load_course().exercise(args.exercise)
    mutants = sorted((KIT / "tests" / "mutants" / exercise.chapter_dir / exercise.name)
                     .glob("*.py"))
    if not mutants:
        sys.exit(f"no mutant of {args.exercise} to save as a wrong version")
    baseline = bare_numpy_import(args.repeat)
    rounds = [one_round(args.exercise, mutants[0]) for _ in range(args.repeat)]
    report([(f"watch {args.exercise}: save -> failing verdict",
             statistics.median(r[0] for r in rounds)),
            (f"watch {args.exercise}: save -> passing verdict",
             statistics.median(r[1] for r in rounds))], baseline)


if __name__ == "__main__":
    main()
