"""Finds the kit from the worker's own command line and reads what it must never see: the
kit's git history, the reference solutions, the hidden checks, the recorded answers, and the
folders the grader's caller put on its `sys.path` (under pytest, the kit's `tests/`, which
holds the book's code)."""
import os

WORKED = False
try:
    args = open("/proc/self/cmdline", "rb").read().split(b"\0")
except OSError:
    args = []
roots = set()
for arg in args:
    path = os.fsdecode(arg)
    if os.sep in path and "sandbox" in path:
        roots.add(os.path.dirname(os.path.dirname(path.rstrip(os.sep))))
for root in roots:
    for secret in (".git/HEAD", "solutions/ch02_perceptron/gates.py",
                   "grader/checks/ch02_perceptron/test_gates.py", "grader/checks/recorded",
                   "tests/book_style/ch02_perceptron/gates.py"):
        try:
            target = os.path.join(root, secret)
            WORKED = WORKED or bool(os.listdir(target) if os.path.isdir(target)
                                    else open(target, "rb").read(1))
        except OSError:
            pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
