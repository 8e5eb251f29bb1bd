"""How long grading ch06.overfitting takes, and how much memory it holds at its peak.

    python benchmarks/overfitting_speed.py [--repeat 3] [--one-core]

Grades the reference solution (three trainings in the worker, judged by the grader), and the
same with the accuracy measured on all 10,000 test images at every epoch, in float64, as the
book's script does: the time a learner who follows the book waits. Memory is the peak of the
resident sets of the grader and its worker together, sampled every 20 ms from /proc (Linux).
`--one-core` pins everything to one core (taskset): twice that is about what Gradescope's half
CPU gives. CPU time (grader and worker together) is shown too: on a busy machine it stays
close to what the wall time would be on an idle one, where the worker has a core to itself.
The worker runs without bubblewrap here (NNKATA_NO_BWRAP), so that its CPU time reaches this
process: bubblewrap kills it before reaping it. That costs a few milliseconds, not seconds.
Targets: at most 20 s on 2 cores when the machine is idle, within 768 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import bare_numpy_import, learner_environment

KIT = Path(__file__).resolve().parents[1]
BOOK_WAY = '''

_train = train_overfit


def train_overfit(**kwargs):
    """As the book's script: every epoch measured on the 10,000 test images, in float64."""
    global load_mnist, TEST_SIZE
    TEST_SIZE = 10000
    loader = load_mnist
    load_mnist = lambda data_dir=None: loader(data_dir, dtype=np.float64)  # noqa: E731
    try:
        return _train(**kwargs)
    finally:
        load_mnist = loader
'''


def _tree(pid: int) -> list[int]:
    """pid and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo.extend(children.get(found[-1], []))
    return found


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak MB of the whole process tree, exit status)."""
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, sum(_rss_mb(p) for p in _tree(proc.pid)))
        time.sleep(0.02)
    return time.perf_counter() - started, _children_cpu() - cpu, peak, proc.returncode


def measure(name: str, workspace: Path, repeat: int, prefix: list[str]) -> None:
    env = learner_environment(NNKATA_NO_BWRAP="1", NNKATA_MNIST_DIR=os.environ.get(
        "NNKATA_MNIST_DIR", str(KIT.parent / "shared" / "mnist")))
    command = [*prefix, sys.executable, "-m", "grader", "ch06.overfitting", "--workspace",
               str(workspace), "--lang", "en"]
    results = [run(command, env) for _ in range(repeat)]
    seconds = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    peak = max(r[2] for r in results)
    passed = "passed" if all(r[3] == 0 for r in results) else "FAILED"
    print(f"{name:<48} {seconds:6.1f} s wall  {cpu:6.1f} s CPU  peak {peak:5.0f} MB  {passed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one-core", action="store_true")
    args = parser.parse_args()
    prefix = ["taskset", "-c", "0"] if args.one_core else []
    print(f'baseline: python -c "import numpy"  {bare_numpy_import(3):.3f} s')
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "book_way"
        shutil.copytree(KIT / "solutions", book)
        module = book / "ch06_techniques" / "overfitting.py"
        module.write_text(module.read_text(encoding="utf-8") + BOOK_WAY, encoding="utf-8")
        measure("grade ch06.overfitting (reference)", KIT / "solutions", args.repeat, prefix)
        measure("grade ch06.overfitting (the book's evaluation)", book, args.repeat, prefix)


if __name__ == "__main__":
    main()
