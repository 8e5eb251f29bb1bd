"""Starts a process by the doors that raise no audit event (`_posixsubprocess.fork_exec`,
`os.posix_spawn`) and through `ctypes`; it would pass if one worked."""
import os
import sys

WORKED = False
try:
    import _posixsubprocess

    pid = _posixsubprocess.fork_exec(
        [b"/bin/true"], [b"/bin/true"], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1,
        True, False, None, None, None, -1, None, False)
    WORKED = pid > 0
except Exception:  # noqa: BLE001 - any refusal is the expected outcome
    pass
try:
    WORKED = WORKED or os.posix_spawn("/bin/true", ["/bin/true"], {}) > 0
except Exception:  # noqa: BLE001
    pass
try:
    import ctypes

    WORKED = WORKED or ctypes.CDLL(None).fork() > 0
except Exception:  # noqa: BLE001
    pass
sys.stdout.flush()

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
