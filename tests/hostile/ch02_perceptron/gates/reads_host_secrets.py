"""Reads what lies outside the sandbox on the grader's machine: a secret the test left in the
system's temporary folder, the account database, the user's files, host sockets' folders."""
import glob
import os
import tempfile

WORKED = False
for pattern in ("/tmp/nnkata-secret*", os.path.join(tempfile.gettempdir(), "..", "nnkata-secret*"),
                "/etc/shadow", "/root/.bashrc", "/home/*/.bashrc", "/run/*", "/var/run/*"):
    for path in glob.glob(pattern):
        try:
            WORKED = WORKED or bool(os.listdir(path) if os.path.isdir(path)
                                    else open(path, "rb").read(1))
        except OSError:
            pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
