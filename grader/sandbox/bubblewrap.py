"""The allow-list that bubblewrap (Linux) builds the worker's world from.

The worker sees: the system's programs and libraries (`/usr`, `/lib*`, `/bin`, the loader's cache),
the interpreter and the packages it imports, read-only, less the kit's own entries in
`site-packages`; the worker's own modules (`grader/sandbox/`); the MNIST folder, read-only;
sized private `/tmp` and `/dev/shm`; its own `/proc` and `/dev`. Nothing else exists for it: not
the kit's `.git` or `solutions/`, not the user's home, not `/run` and its sockets, not the
workspace (its sources come from the grader), not a class's gradebook. It has no network, its
own PID, IPC and UTS namespaces, a new session, no capabilities (the template keeps only what it
needs to make its children an unprivileged user, where the grader runs as root), and it dies
with the grader.
"""

from __future__ import annotations

import os
import shutil
import site
import sys
import sysconfig
from pathlib import Path

SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/nix/store",
          "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime")
TMP_MB = 256
SHM_MB = 64
NOBODY = 65534


def executable() -> str | None:
    if os.environ.get("NNKATA_NO_BWRAP") or not sys.platform.startswith("linux"):
        return None
    return shutil.which("bwrap")


def worker_uid() -> int | None:
    """Where the grader is root, the worker's children become `nobody` inside the sandbox."""
    return NOBODY if os.geteuid() == 0 else None


def pth_paths() -> list[str]:
    """The folders `.pth` files in `site-packages` add to the path (other editable installs),
    as the worker's own interpreter will see them. Not `PYTHONPATH`, the script's folder or
    whatever the grader's caller put on `sys.path`: the worker imports none of those."""
    found = []
    for folder in site.getsitepackages():
        base = Path(folder)
        for pth in sorted(base.glob("*.pth")) if base.is_dir() else []:
            for line in pth.read_text(encoding="utf-8", errors="replace").splitlines():
                line = line.strip()
                if line and not line.startswith(("#", "import ", "import\t")):
                    entry = base / line
                    if entry.is_dir():
                        found.append(str(entry))
    return found


def interpreter_paths() -> list[Path]:
    """The folders Python and its packages live in (as given and as resolved): the prefixes,
    the standard library, `site-packages` and what `.pth` files add to the path; never the kit's
    own folder, which an editable install adds."""
    kit = Path(__file__).resolve().parents[2]
    extra = [p for p in pth_paths() if Path(os.path.realpath(p)) != kit]
    found = [sys.base_prefix, sys.prefix, sys.exec_prefix, sys.base_exec_prefix,
             os.path.dirname(sys.executable), *site.getsitepackages(),
             *(sysconfig.get_paths().get(k, "") for k in ("stdlib", "platstdlib", "purelib",
                                                           "platlib")), *extra]
    paths: list[Path] = []
    for entry in found:
        if entry:
            for path in (Path(entry), Path(os.path.realpath(entry))):
                if path.is_dir() and path not in paths:
                    paths.append(path)
    real_python = Path(os.path.realpath(sys.executable)).parent
    if real_python not in paths:
        paths.append(real_python)
    return paths


def kit_entries() -> list[Path]:
    """The kit's own entries in `site-packages` (an installed `grader`, its editable finder):
    the worker must not read the hidden checks or recorded answers through them."""
    entries = []
    for folder in site.getsitepackages():
        base = Path(folder)
        if not base.is_dir():
            continue
        for entry in base.iterdir():
            name = entry.name
            if name == "grader" or ("nnkata" in name and (name.startswith("__editable__")
                                                          or name.endswith(".dist-info"))):
                entries.append(entry)
    return entries


def _covered(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def command(allowed: list[Path]) -> tuple[list[str], list[str]]:
    """bubblewrap's command line for a worker seeing `allowed` (read-only) besides the system,
    and the entries of `/tmp` that are mounts to keep when clearing it."""
    root = os.geteuid() == 0
    args = [shutil.which("bwrap") or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net",
            "--unshare-uts", "--unshare-cgroup-try", "--die-with-parent", "--new-session"]
    if root:  # no user namespace: drop every capability but those to become `nobody`
        args += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        args += ["--unshare-user"]
    args += ["--size", str(TMP_MB * 2**20), "--perms", "1777", "--tmpfs", "/tmp",
             "--dev", "/dev",
             "--size", str(SHM_MB * 2**20), "--perms", "1777", "--tmpfs", "/dev/shm",
             "--proc", "/proc"]
    bound: list[Path] = []
    for entry in SYSTEM:
        path = Path(entry)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), entry]
        elif path.exists():
            args += ["--ro-bind", entry, entry]
            bound.append(path)
    made: set[Path] = set()
    for path in sorted({Path(os.path.abspath(p)) for p in allowed}, key=lambda p: len(p.parts)):
        if _covered(path, bound) or not path.exists():
            continue
        for parent in reversed(path.parents):
            if parent != Path("/") and parent not in made and not _covered(parent, bound) \
                    and parent != Path("/tmp"):
                args += ["--perms", "0755", "--dir", str(parent)]
                made.add(parent)
        args += ["--ro-bind", str(path), str(path)]
        bound.append(path)
    for entry in kit_entries():
        if _covered(entry, bound):
            args += (["--tmpfs", str(entry)] if entry.is_dir()
                     else ["--ro-bind", "/dev/null", str(entry)])
    args += ["--remount-ro", "/", "--chdir", "/tmp", "--"]
    keep = sorted({str(Path("/tmp", p.relative_to("/tmp").parts[0])) for p in bound
                   if Path("/tmp") in p.parents})
    return args, keep
