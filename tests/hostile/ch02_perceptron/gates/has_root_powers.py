"""Checks whether it kept root's powers in the sandbox: capabilities, uid 0, remounting `/`."""
# modes: bubblewrap
import ctypes
import os

WORKED = False
try:
    status = open("/proc/self/status").read()
    caps = [line.split()[1] for line in status.splitlines() if line.startswith("CapEff")]
    WORKED = bool(caps) and int(caps[0], 16) != 0
except OSError:
    pass
if os.getuid() == 0:  # where the grader is root, its sandboxed children must not be
    WORKED = True
try:
    libc = ctypes.CDLL(None, use_errno=True)
    MS_REMOUNT, MS_BIND = 32, 4096
    if libc.mount(b"none", b"/", None, MS_REMOUNT | MS_BIND, None) == 0:
        WORKED = True
    if libc.umount2(b"/tmp", 2) == 0:
        WORKED = True
except (OSError, AttributeError):
    pass
try:
    with open("/nnkata-planted-root", "w") as f:
        f.write("x")
    WORKED = True
except OSError:
    pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
