"""How fast the reference `train_convnet` reaches its accuracy, next to the book's approach, and
what grading `ch07.train_convnet` costs in time and memory.

    python benchmarks/convnet_speed.py [--data-dir PATH] [--cores 2] [--book-iterations 60]
                                       [--no-grade]

Each contender runs as a whole process pinned to `--cores` CPUs with as many BLAS threads:

- reference: `train_convnet()` of `solutions/ch07_cnn` with its defaults, then its accuracy
  on the 10,000 test images (measured on the returned network);
- book: the book's approach, its im2col, Convolution, Pooling and SimpleConvNet as rewritten
  in `tests/book_style/ch07_cnn`, its ReLU (a copy, then a boolean mask), Adam with lr 0.001,
  batches of 100 drawn with np.random.choice, float64, the loss computed again after each
  update. Its 20 epochs would take about an hour, so it is timed for `--book-iterations`
  updates after a warm-up and extrapolated to as many updates as the reference makes: it runs
  the same algorithm (Adam, the same learning rate, batch size and starting weights) with
  batches drawn with replacement, which needs at least as many updates to reach the same
  accuracy. To that come its start (interpreter, imports, reading MNIST) and one evaluation
  on 1,000 training and 1,000 test images per epoch, both measured;
- `grade ch07.train_convnet --workspace solutions`: wall time (the worker trains on one BLAS
  thread: Gradescope's half CPU takes about twice as long), and the peak memory of the grader
  and of the worker, sampled from /proc (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

KIT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(KIT))

import mnist_speed  # noqa: E402
from mnist_speed import pin  # noqa: E402

from grader.datasets.mnist import find_mnist  # noqa: E402

TARGET = 0.985

REFERENCE = """
import json, sys, time
from grader.datasets import load_mnist_test
from solutions.ch07_cnn.train_convnet import train_convnet
start = time.perf_counter()
network, history = train_convnet(data_dir=sys.argv[1])
seconds = time.perf_counter() - start
x, t = load_mnist_test(sys.argv[1], flatten=False)
print(json.dumps({"accuracy": network.accuracy(x, t), "updates": len(history["loss"]),
                  "epochs": len(history["test_acc"]), "train_seconds": seconds}))
"""

BOOK = """
import json, sys, time
import numpy as np
from grader.datasets import load_mnist
import bookkit.ch07_cnn.simple_convnet as book
from bookkit.ch06_techniques.optimizers import Adam


class Relu:
    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout[self.mask] = 0
        return dout


book.Relu = Relu
np.random.seed(0)
(x_train, t_train), (x_test, t_test) = load_mnist(sys.argv[1], flatten=False, dtype=np.float64)
network = book.SimpleConvNet()
optimizer = Adam(lr=0.001)


def step():
    batch_mask = np.random.choice(x_train.shape[0], 100)
    x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
    grads = network.gradient(x_batch, t_batch)
    optimizer.update(network.params, grads)
    network.loss(x_batch, t_batch)


for _ in range(5):
    step()
start = time.perf_counter()
for _ in range(int(sys.argv[2])):
    step()
per_iteration = (time.perf_counter() - start) / int(sys.argv[2])
start = time.perf_counter()
network.accuracy(x_train[:1000], t_train[:1000])
network.accuracy(x_test[:1000], t_test[:1000])
print(json.dumps({"per_iteration": per_iteration, "evaluation": time.perf_counter() - start,
                  "warm_up_iterations": 5}))
"""


def environment(data_dir: Path, cores: int, path: str) -> dict[str, str]:
    return {**mnist_speed.environment(data_dir, cores), "PYTHONPATH": path}


def book_kit(folder: Path) -> Path:
    """The reference solutions with chapter 7 replaced by the book's versions: package
    `bookkit` inside `folder`."""
    kit = folder / "bookkit"
    shutil.copytree(KIT / "solutions", kit, ignore=shutil.ignore_patterns("__pycache__"))
    for path in (KIT / "tests" / "book_style" / "ch07_cnn").glob("*.py"):
        shutil.copy(path, kit / "ch07_cnn" / path.name)
    return folder


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measured(argv: list[str], env: dict[str, str], cores: int) -> dict:
    """Wall time and peak memory (the process itself, its largest descendant, and all of them
    together) of one run of argv."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=KIT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=pin(cores))
    peaks = {"own": 0.0, "descendant": 0.0, "together": 0.0}

    def sample() -> None:
        while proc.poll() is None:
            if sys.platform.startswith("linux"):
                own, others = _rss_mb(proc.pid), [_rss_mb(p) for p in _descendants(proc.pid)]
                peaks["own"] = max(peaks["own"], own)
                peaks["descendant"] = max([peaks["descendant"], *others])
                peaks["together"] = max(peaks["together"], own + sum(others))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv[:4])} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"wall": time.perf_counter() - start, "out": out, **peaks}


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        children = _children(todo.pop())
        found += children
        todo += children
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="MNIST folder (default: NNKATA_MNIST_DIR or the cache)")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--book-iterations", type=int, default=60)
    parser.add_argument("--no-grade", action="store_true", help="skip timing `grade`")
    args = parser.parse_args()
    data_dir = find_mnist(args.data_dir)
    if data_dir is None:
        sys.exit("MNIST not found: run `grade data`, or pass --data-dir")
    python = sys.executable

    env = environment(data_dir, args.cores, str(KIT))
    ref = measured([python, "-c", REFERENCE, str(data_dir)], env, args.cores)
    result = json.loads(ref["out"].strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as folder:
        book_env = environment(data_dir, args.cores, f"{book_kit(Path(folder))}{os.pathsep}{KIT}")
        book = measured([python, "-c", BOOK, str(data_dir), str(args.book_iterations)],
                        book_env, args.cores)
    timing = json.loads(book["out"].strip().splitlines()[-1])
    loop = (timing["warm_up_iterations"] + args.book_iterations) * timing["per_iteration"]
    book_start = book["wall"] - loop - timing["evaluation"]
    book_total = (book_start + result["updates"] * timing["per_iteration"]
                  + result["epochs"] * timing["evaluation"])
    ref_iteration = result["train_seconds"] / result["updates"]

    print(f"SimpleConvNet on MNIST, {args.cores} cores, whole processes:")
    print(f"  reference  {ref['wall']:7.1f} s  {result['epochs']} epochs, {result['updates']} "
          f"updates ({1000 * ref_iteration:.0f} ms each, evaluations included), final test "
          f"accuracy {result['accuracy']:.4f}")
    print(f"  book       {book_total:7.1f} s  extrapolated to {result['updates']} updates: "
          f"{1000 * timing['per_iteration']:.0f} ms each over {args.book_iterations} timed, "
          f"{book_start:.1f} s to start, {timing['evaluation']:.1f} s per evaluation")
    print(f"  book / reference: {book_total / ref['wall']:.2f} x for the whole run, "
          f"{timing['per_iteration'] / ref_iteration:.2f} x per update")
    if not args.no_grade:
        grade = measured([python, "-m", "grader", "ch07.train_convnet", "--workspace",
                          "solutions", "--format", "json", "--lang", "en"], env, args.cores)
        report = json.loads(grade["out"])
        print(f"  grade ch07.train_convnet --workspace solutions: {grade['wall']:.1f} s, "
              f"score {report['score']:g}/"
              f"{report['max_score']:g}; peak memory: grader {grade['own']:.0f} MB, worker "
              f"{grade['descendant']:.0f} MB, both together {grade['together']:.0f} MB")
    if result["accuracy"] < TARGET:
        print(f"the reference ends below {TARGET:.1%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
