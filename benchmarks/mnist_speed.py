"""How fast the reference `train_mnist` reaches 97 % test accuracy, against the textbook.

    python benchmarks/mnist_speed.py [--data-dir PATH] [--cores 2] [--repeat 1] [--no-grade]

Each contender runs as a whole process (interpreter start, imports, reading MNIST, training),
pinned to `--cores` CPUs with as many BLAS threads, and is timed from the outside:

- reference: `solutions/ch05_backprop/train_mnist.py` with its default settings, which end
  at 97 % test accuracy or more (measured on the returned network);
- textbook: the same network (784-hidden-10, ReLU, the same hidden size, learning rate 0.1,
  batches of 100) written the simplest way, as in the book's code: float64, a fresh
  `np.random.choice` per iteration, copies in every layer, the loss computed again after each
  update. It stops as soon as its test accuracy, measured once per epoch, reaches 97 %.
- `grade ch05.train_mnist --workspace solutions`, the whole grading of the exercise.

Two ratios textbook / reference are printed: whole runs (the reference trains its fixed
number of epochs, chosen so that every seed ends above 97 %, while the textbook stops at its
first epoch above 97 %) and per epoch (the same work on both sides). Absolute times depend on
the machine; the ratios are the figures to watch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

KIT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(KIT))

from common import learner_environment  # noqa: E402

from grader.datasets.mnist import find_mnist  # noqa: E402

TARGET = 0.97

REFERENCE = """
import json, sys
from grader.datasets import load_mnist_test
from solutions.ch05_backprop.train_mnist import train_mnist
network, history = train_mnist(data_dir=sys.argv[1])
final = network.accuracy(*load_mnist_test(sys.argv[1]))  # the history's last is an epoch old
print(json.dumps({"test_acc": [float(a) for a in history["test_acc"][1:]] + [float(final)],
                  "hidden": int(network.params["W1"].shape[1])}))
"""

TEXTBOOK = """
import json, sys
from collections import OrderedDict
import numpy as np
from grader.datasets import load_mnist


def softmax(x):
    x = x.T
    x = x - np.max(x, axis=0)
    y = np.exp(x) / np.sum(np.exp(x), axis=0)
    return y.T


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class Relu:
    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout[self.mask] = 0
        return dout


class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        return np.dot(self.x, self.W) + self.b

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx.reshape(*self.original_x_shape)


class SoftmaxWithLoss:
    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        return cross_entropy_error(self.y, self.t)

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        return (self.y - self.t) / batch_size


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {
            "W1": weight_init_std * np.random.randn(input_size, hidden_size),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * np.random.randn(hidden_size, output_size),
            "b2": np.zeros(output_size),
        }
        self.layers = OrderedDict()
        self.layers["Affine1"] = Affine(self.params["W1"], self.params["b1"])
        self.layers["Relu1"] = Relu()
        self.layers["Affine2"] = Affine(self.params["W2"], self.params["b2"])
        self.lastLayer = SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        return self.lastLayer.forward(self.predict(x), t)

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.lastLayer.backward(1)
        for layer in reversed(list(self.layers.values())):
            dout = layer.backward(dout)
        return {"W1": self.layers["Affine1"].dW, "b1": self.layers["Affine1"].db,
                "W2": self.layers["Affine2"].dW, "b2": self.layers["Affine2"].db}


np.random.seed(0)
(x_train, t_train), (x_test, t_test) = load_mnist(sys.argv[1], one_hot_label=True,
                                                  dtype=np.float64)
network = TwoLayerNet(input_size=784, hidden_size=int(sys.argv[2]), output_size=10)
iters_num, train_size, batch_size, learning_rate = 60000, x_train.shape[0], 100, 0.1
iter_per_epoch = max(train_size // batch_size, 1)
train_loss_list, test_acc_list = [], []
for i in range(1, iters_num + 1):
    batch_mask = np.random.choice(train_size, batch_size)
    x_batch = x_train[batch_mask]
    t_batch = t_train[batch_mask]
    grad = network.gradient(x_batch, t_batch)
    for key in ("W1", "b1", "W2", "b2"):
        network.params[key] -= learning_rate * grad[key]
    train_loss_list.append(network.loss(x_batch, t_batch))
    if i % iter_per_epoch == 0:
        network.accuracy(x_train, t_train)
        test_acc_list.append(network.accuracy(x_test, t_test))
        if test_acc_list[-1] >= float(sys.argv[3]):
            break
print(json.dumps({"test_acc": [float(a) for a in test_acc_list]}))
"""


def environment(data_dir: Path, cores: int) -> dict[str, str]:
    env = learner_environment(NNKATA_MNIST_DIR=str(data_dir), PYTHONPATH=str(KIT))
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = str(cores)
    return env


def pin(cores: int):
    """Run the child on the first `cores` CPUs this process may use (Linux only)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))[:cores]
    return lambda: os.sched_setaffinity(0, allowed)


def timed(argv: list[str], env: dict[str, str], cores: int,
          ok: tuple[int, ...] = (0,)) -> tuple[float, str]:
    """Wall time of the whole process, and what it printed."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=KIT, env=env, capture_output=True, text=True, check=False,
                          preexec_fn=pin(cores))
    seconds = time.perf_counter() - start
    if done.returncode not in ok:
        sys.exit(f"{' '.join(argv[:3])} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="MNIST folder (default: NNKATA_MNIST_DIR or the cache)")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the median is kept")
    parser.add_argument("--no-grade", action="store_true", help="skip timing `grade`")
    args = parser.parse_args()
    data_dir = find_mnist(args.data_dir)
    if data_dir is None:
        sys.exit("MNIST not found: run `grade data`, or pass --data-dir")
    env = environment(data_dir, args.cores)
    python = sys.executable

    rows: dict[str, list[float]] = {"reference": [], "textbook": [], "grade": []}
    results: dict[str, dict] = {}
    for _ in range(args.repeat):
        seconds, out = timed([python, "-c", REFERENCE, str(data_dir)], env, args.cores)
        rows["reference"].append(seconds)
        results["reference"] = json.loads(out.strip().splitlines()[-1])
        hidden = str(results["reference"]["hidden"])
        seconds, out = timed([python, "-c", TEXTBOOK, str(data_dir), hidden, str(TARGET)], env,
                             args.cores)
        rows["textbook"].append(seconds)
        results["textbook"] = json.loads(out.strip().splitlines()[-1])
        if not args.no_grade:
            seconds, out = timed([python, "-m", "grader", "ch05.train_mnist", "--workspace",
                                  "solutions", "--format", "json", "--lang", "en"], env,
                                 args.cores, ok=(0, 1))
            rows["grade"].append(seconds)
            results["grade"] = json.loads(out)

    ref_time = statistics.median(rows["reference"])
    print(f"MNIST, {args.cores} cores, hidden size {results['reference']['hidden']}, "
          f"median of {args.repeat} run(s), whole processes:")
    per_epoch = {}
    for name in ("reference", "textbook"):
        accs = results[name]["test_acc"]
        seconds = statistics.median(rows[name])
        per_epoch[name] = seconds / len(accs)
        print(f"  {name:9s} {seconds:7.1f} s  {len(accs):2d} epochs ({per_epoch[name]:.2f} s "
              f"each)  final test accuracy {accs[-1]:.4f}")
    textbook_time = statistics.median(rows["textbook"])
    print(f"  textbook / reference, whole runs: {textbook_time / ref_time:.2f} x; "
          f"per epoch: {per_epoch['textbook'] / per_epoch['reference']:.2f} x")
    if rows["grade"]:
        grade = results["grade"]
        print(f"  grade ch05.train_mnist --workspace solutions: "
              f"{statistics.median(rows['grade']):.1f} s, score {grade['score']:g}/"
              f"{grade['max_score']:g}")
    if results["reference"]["test_acc"][-1] < TARGET:
        print(f"the reference ends below {TARGET:.0%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
