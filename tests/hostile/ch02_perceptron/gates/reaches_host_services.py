"""Talks to services of the grader's machine: a Unix socket named by path and a UDP port on the
loopback (the test listens on both), and an abstract Unix socket."""
import glob
import socket
import tempfile

WORKED = False
for path in glob.glob("/tmp/nnkata-service*.sock") + glob.glob(
        tempfile.gettempdir() + "/nnkata-service*.sock"):
    try:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(path)
        WORKED = True
    except (OSError, PermissionError):
        pass
try:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect("\0nnkata-service")
    WORKED = True
except (OSError, PermissionError, AttributeError):
    pass
try:  # whether it arrives is for the test to see
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"nnkata", ("127.0.0.1", 47913))
except (OSError, PermissionError):
    pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
