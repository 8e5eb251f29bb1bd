"""Writes where it must not by every door audit hooks once left open: `os.open`, a `dir_fd`
relative path, links, renames (it would pass if one worked), and a folder beside its own whose
name starts the same way (which the test looks for)."""
import os
import site

WORKED = False
for own in {os.getcwd(), os.environ.get("TMPDIR", ""), os.path.dirname(os.getcwd())}:
    if own:
        try:
            evil = own.rstrip(os.sep) + "-evil"
            os.makedirs(evil, exist_ok=True)
            open(os.path.join(evil, "nnkata-planted-prefix"), "w").write("x")
        except OSError:
            pass
for target in [os.path.join(p, "nnkata-planted-write") for p in site.getsitepackages()]:
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, b"x")
        os.close(fd)
        WORKED = True
    except OSError:
        pass
for folder in site.getsitepackages():
    try:
        fd = os.open(folder, os.O_RDONLY)
        out = os.open("nnkata-planted-dirfd", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, b"x")
        WORKED = True
    except (OSError, TypeError, NotImplementedError):
        pass
try:
    with open("mine", "w") as f:
        f.write("x")
    for folder in site.getsitepackages():
        os.link("mine", os.path.join(folder, "nnkata-planted-link"))
        WORKED = True
except OSError:
    pass
try:
    for folder in site.getsitepackages():
        os.rename("mine", os.path.join(folder, "nnkata-planted-rename"))
        WORKED = True
except OSError:
    pass

from . import _gated  # noqa: E402
_gated.WORKED = WORKED
from ._gated import AND, NAND, NOR, OR, perceptron, train_perceptron  # noqa: E402,F401


def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))
