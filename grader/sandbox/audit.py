"""Audit hooks: the speed bump where no OS sandbox holds the worker (macOS, Windows, Linux
without bubblewrap).

Installed after the worker's own set-up and before the learner's module is imported, the hook
refuses, by Python's audit events: reading any file outside an allow-list (the interpreter, its
packages, this package, the MNIST folder, the scratch folder) or inside the kit's own entries of
`site-packages`; writing, renaming, linking, removing or changing anything outside the scratch
folder; relative paths that climb with `..` (they could follow a `dir_fd` elsewhere); creating
symbolic links; starting processes; opening sockets; loading or calling into C libraries with
`ctypes`; signalling any process but itself. It also removes the process-starting functions that
raise no audit event (`_posixsubprocess.fork_exec`, `os.fork`...).

Code in the same interpreter can get around audit hooks (by corrupting memory, for one), so this
is a speed bump, not a wall; the README says exactly what it stops.
"""

from __future__ import annotations

import os
import sys
from typing import Any

_PROCESS_EVENTS = {"os.fork", "os.forkpty", "os.exec", "os.posix_spawn", "os.spawn", "os.system",
                   "os.startfile", "subprocess.Popen", "_winapi.CreateProcess", "os.popen",
                   "pty.spawn"}
_SIGNAL_EVENTS = {"os.kill", "os.killpg", "signal.pthread_kill"}
_CHANGE_EVENTS = {"os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.chflags",
                  "os.lchflags", "os.truncate", "os.utime", "os.setxattr", "os.removexattr",
                  "shutil.rmtree", "shutil.copyfile", "shutil.copymode", "shutil.copystat",
                  "shutil.copytree", "shutil.move", "shutil.chown"}
_TWO_PATH_EVENTS = {"os.rename", "os.link"}
_READ_EVENTS = {"os.listdir", "os.scandir", "os.chdir", "os.listxattr", "os.getxattr"}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_UNTOUCHED = ("_posixsubprocess.fork_exec", "os.fork", "os.forkpty", "os.posix_spawn",
              "os.posix_spawnp", "os.execv", "os.execve", "os.spawnv", "os.spawnve",
              "posix.fork", "posix.forkpty", "posix.posix_spawn", "posix.posix_spawnp",
              "posix.execv", "posix.execve", "nt.spawnv", "nt.spawnve", "nt.execv", "nt.execve",
              "os.kill", "os.killpg", "posix.kill", "posix.killpg", "nt.kill")


class Refused(PermissionError):
    """What the learner's code sees when it reaches for something grading does not allow."""


def _canonical(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _under(path: str, roots: tuple[str, ...]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


class Rules:
    """The allow-lists, as canonical paths, and the decisions made from them."""

    def __init__(self, config: dict) -> None:
        self.read = tuple(_canonical(p) for p in config.get("read", []))
        self.read += (_canonical(f"/proc/{os.getpid()}"),) if sys.platform == "linux" else ()
        self.write = tuple(_canonical(p) for p in config.get("write", []))
        self.hidden = tuple(_canonical(p) for p in config.get("hidden", []))
        self.devices = tuple(os.path.normcase(p) for p in (os.devnull, "/dev/urandom",
                                                             "/dev/random", "/dev/zero"))

    def resolve(self, path: Any) -> str | None:
        """The canonical path, or None for an open file descriptor (already allowed)."""
        if isinstance(path, int):
            return None
        text = os.fsdecode(path)
        if not os.path.isabs(text):
            if ".." in text.replace("\\", "/").split("/"):
                raise Refused(f"{text}: relative paths with '..' are not allowed while grading")
            text = os.path.join(os.getcwd(), text)
        if os.path.normcase(text) in self.devices:
            return os.path.normcase(text)
        return _canonical(text)

    def readable(self, path: Any) -> None:
        real = self.resolve(path)
        if real is None or real in self.devices:
            return
        if _under(real, self.hidden) or not _under(real, self.read + self.write):
            raise Refused(f"{os.fsdecode(path)} is not readable while grading")

    def writable(self, path: Any) -> None:
        real = self.resolve(path)
        if real is None or real == os.path.normcase(os.devnull):
            return
        if not _under(real, self.write):
            raise Refused(f"{os.fsdecode(path)} is not writable while grading")


def _writing(args: tuple) -> bool:
    mode = args[1] if len(args) > 1 else None
    flags = args[2] if len(args) > 2 else 0
    return (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and bool(flags & _WRITE_FLAGS))


def _disable(qualified: str) -> None:
    module_name, _, name = qualified.rpartition(".")
    module = sys.modules.get(module_name)
    if module is not None and hasattr(module, name):
        def refused(*_args: Any, **_kwargs: Any) -> None:
            raise Refused(f"{name} is not allowed while grading")

        setattr(module, name, refused)


def _without_dir_fd(function: Any) -> Any:
    """`function`, refusing `dir_fd`: a path relative to a folder descriptor cannot be told from
    a path relative to the current folder in an audit event."""
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if any(kwargs.get(k) is not None for k in ("dir_fd", "src_dir_fd", "dst_dir_fd")):
            raise Refused("dir_fd is not allowed while grading")
        return function(*args, **kwargs)

    return wrapped


def _refuse_dir_fd() -> None:
    for module_name in ("os", "posix", "nt"):
        module = sys.modules.get(module_name)
        for function in getattr(os, "supports_dir_fd", ()):
            name = function.__name__
            if module is not None and getattr(module, name, None) is function:
                setattr(module, name, _without_dir_fd(function))


def install_audit_hook(config: dict) -> None:
    """Refuse what grading does not allow, from now on, in this process."""
    rules = Rules(config)
    me = os.getpid()

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            if args and args[0] is not None:
                (rules.writable if _writing(args) else rules.readable)(args[0])
        elif event in _READ_EVENTS:
            if args and args[0] is not None:
                rules.readable(args[0])
        elif event in _CHANGE_EVENTS:
            if args:
                rules.writable(args[0])
        elif event in _TWO_PATH_EVENTS:
            rules.writable(args[0])
            rules.writable(args[1])
        elif event == "os.symlink":
            raise Refused("symbolic links cannot be made while grading")
        elif event in _PROCESS_EVENTS:
            raise Refused(f"{event}: starting processes is not allowed while grading")
        elif event in _SIGNAL_EVENTS:
            if not (event == "os.kill" and args and args[0] == me):
                raise Refused(f"{event}: only this process may be signalled while grading")
        elif event.startswith(("socket.", "ctypes.")) or event == "import" and args and str(
                args[0]).split(".")[0] in ("_ctypes", "ctypes", "_socket", "socket",
                                           "_posixsubprocess", "_winapi", "multiprocessing"):
            raise Refused(f"{event}: not allowed while grading")

    for qualified in _UNTOUCHED:
        _disable(qualified)
    _refuse_dir_fd()
    sys.addaudithook(hook)
