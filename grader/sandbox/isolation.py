"""How the worker process is started: a scrubbed environment, and bubblewrap where it works.

With `bwrap` (Linux) the worker sees the file system read-only, a private scratch folder,
no network, its own PID namespace, and neither the reference solutions nor the hidden checks
(they are covered by empty tmpfs mounts). Elsewhere the worker installs audit hooks, which
only slow a determined cheater down. Either way it runs in its own session and process group
so the grader can kill it and anything it started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parents[2]
PROTECTED = [KIT_ROOT / "solutions", KIT_ROOT / "grader" / "checks"]


def worker_environment(scratch: Path) -> dict[str, str]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(scratch),
        "TMPDIR": str(scratch),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
    }
    if "NNKATA_MNIST_DIR" in os.environ:
        env["NNKATA_MNIST_DIR"] = os.environ["NNKATA_MNIST_DIR"]
    return env


def python_command(requests: int, replies: int) -> list[str]:
    return [sys.executable, "-I", "-B", "-m", "grader.sandbox.worker", str(requests), str(replies)]


@cache
def bwrap_works() -> bool:
    """True when bubblewrap is installed and allowed to make namespaces on this machine."""
    if os.environ.get("NNKATA_NO_BWRAP") or not sys.platform.startswith("linux"):
        return False
    exe = shutil.which("bwrap")
    if exe is None:
        return False
    probe = subprocess.run(
        [exe, "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"],
        capture_output=True, timeout=10, check=False,
    )
    return probe.returncode == 0


def bwrap_prefix(workspace: Path, scratch: Path, hidden: list[Path]) -> list[str]:
    """Mounts apply in order: a hidden folder holding the workspace is covered before the
    workspace is mounted back (grading `solutions/` itself); any other after it, so that a
    workspace holding the kit cannot show what is hidden."""
    around = [p for p in hidden if p.exists() and p.resolve() in (workspace, *workspace.parents)]
    inside = [p for p in hidden if p.exists() and p not in around]
    args = [shutil.which("bwrap") or "bwrap", "--ro-bind", "/", "/", "--dev", "/dev",
            "--proc", "/proc", "--tmpfs", "/tmp"]
    for path in around:
        args += ["--tmpfs", str(path)]
    args += ["--ro-bind", str(workspace), str(workspace)]
    for path in inside:
        args += ["--tmpfs", str(path)]
    args += ["--bind", str(scratch), str(scratch), "--unshare-all", "--die-with-parent",
             "--new-session", "--chdir", str(scratch), "--"]
    return args


def worker_argv(workspace: Path, scratch: Path, hidden: list[Path], requests: int,
                replies: int) -> tuple[list[str], bool]:
    """The command line, and whether it is sandboxed by the OS (else audit hooks are asked for)."""
    command = python_command(requests, replies)
    if bwrap_works():
        return bwrap_prefix(workspace, scratch, hidden) + command, True
    return command, False
