"""The worker: the only process that runs the learner's code.

Started by `grader.sandbox.session` with two pipe descriptors. It limits itself (memory, CPU,
file size), imports the learner's module as part of a package mapped onto the workspace, then
answers requests (`load`, `getattr`, `setattr`, `getitem`, `setitem`, `call`, `release`) with
plain data. Objects stay here and are named by handle. Nothing this process says is trusted:
the grader only ever compares what comes back with reference values it computes itself.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import os
import resource
import signal
import sys
import traceback
import types
from pathlib import Path
from typing import Any

from .functions import build
from .protocol import Decoder, Encoder, ProtocolError, read_frame, write_frame

PACKAGE = "nnkata_ws"


def _limit(kind: int, value: int | None) -> None:
    if value is not None:
        try:
            resource.setrlimit(kind, (value, value))
        except (ValueError, OSError):
            pass


def apply_limits(limits: dict) -> None:
    mb = 2**20
    _limit(resource.RLIMIT_AS, limits.get("memory_mb") and limits["memory_mb"] * mb)
    _limit(resource.RLIMIT_CPU, limits.get("cpu_seconds"))
    _limit(resource.RLIMIT_FSIZE, limits.get("file_mb", 16) * mb)
    _limit(resource.RLIMIT_CORE, 0)
    if os.getuid() != 0:
        _limit(resource.RLIMIT_NPROC, limits.get("processes", 64))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder + os.sep)


def install_audit_hook(protected: list[str], scratch: str, workspace: str) -> None:
    """A speed bump where no OS sandbox is available: audit hooks can be bypassed.

    As with bubblewrap, a workspace inside a protected folder (grading `solutions/` itself)
    stays readable, and a protected folder inside the workspace stays hidden.
    """
    workspace = os.path.realpath(workspace)
    protected = [os.path.realpath(p) for p in protected]
    around = [p for p in protected if _under(workspace, p)]
    inside = [p for p in protected if p not in around]

    def hidden(path: str) -> bool:
        return (any(_under(path, p) for p in inside)
                or (any(_under(path, p) for p in around) and not _under(path, workspace)))
    allowed_writes = (os.path.realpath(scratch), "/dev/null")
    blocked_events = {"socket.connect", "socket.bind", "os.fork", "os.forkpty", "os.system",
                      "os.exec", "os.posix_spawn", "os.spawn", "subprocess.Popen"}

    def hook(event: str, args: tuple) -> None:
        if event in blocked_events:
            raise PermissionError(f"{event} is not allowed while grading")
        if event in ("open", "os.listdir", "os.scandir") and args and args[0] is not None:
            if isinstance(args[0], int):
                return
            path = os.path.realpath(os.fsdecode(args[0]))
            if hidden(path):
                raise PermissionError(f"{path} is not readable while grading")
            writing = event == "open" and len(args) > 1 and any(c in str(args[1]) for c in "wax+")
            if writing and not path.startswith(allowed_writes):
                raise PermissionError(f"{path} is not writable while grading")

    sys.addaudithook(hook)


class ReferenceFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves other exercises' reference modules, so one exercise is graded on its own merit."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = {f"{PACKAGE}.{name}": text for name, text in sources.items()}

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.sources:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        name = module.__name__
        module.__package__ = name.rpartition(".")[0]
        code = compile(self.sources[name], f"<reference {name[len(PACKAGE) + 1:]}>", "exec")
        exec(code, module.__dict__)


def mount_workspace(workspace: str, references: dict[str, str]) -> None:
    package = types.ModuleType(PACKAGE)
    package.__path__ = [workspace]
    package.__package__ = PACKAGE
    sys.modules[PACKAGE] = package
    sys.meta_path.insert(0, ReferenceFinder(references))


def describe_exception(exc: BaseException, workspace: str) -> dict:
    """What the learner needs to find the bug: type, message and their own frames only."""
    try:
        message = str(exc)[:1000]
    except Exception:  # noqa: BLE001 - a learner's exception may fail to print itself
        message = ""
    frames = []
    if isinstance(exc, SyntaxError) and exc.filename:
        frames.append({"file": exc.filename, "line": exc.lineno or 0, "function": "",
                       "code": (exc.text or "").rstrip()[:200]})
        message = exc.msg
    for frame in traceback.extract_tb(exc.__traceback__):
        frames.append({"file": frame.filename, "line": frame.lineno or 0,
                       "function": frame.name, "code": (frame.line or "")[:200]})
    root = os.path.realpath(workspace) + os.sep
    mine = [
        dict(f, file=os.path.relpath(f["file"], root))
        for f in frames
        if os.path.realpath(f["file"]).startswith(root)
    ]
    kind = "exit" if isinstance(exc, SystemExit) else "exception"
    if isinstance(exc, _Missing):
        kind, message = "missing", str(exc.args[0])
    return {"kind": kind, "type": type(exc).__name__, "message": message, "frames": mine[-5:]}


class _Missing(AttributeError):
    """The learner's module does not define a name a check needs (yet)."""


class _Kept:
    """Marks a value to be sent back as a handle even when it is plain data."""

    def __init__(self, value: Any) -> None:
        self.value = value


class Worker:
    def __init__(self, requests: int, replies: int, workspace: str) -> None:
        self.requests, self.replies, self.workspace = requests, replies, workspace
        self.objects: dict[int, Any] = {}
        self.next_id = 1

    def keep(self, obj: Any) -> dict:
        if isinstance(obj, _Kept):
            obj = obj.value
        handle = self.next_id
        self.next_id += 1
        self.objects[handle] = obj
        return {"$obj": handle, "type": type(obj).__name__, "callable": callable(obj)}

    def resolve(self, tag: dict) -> Any:
        try:
            return self.objects[tag["$obj"]]
        except (KeyError, TypeError) as exc:
            raise ProtocolError("unknown handle") from exc

    def handle(self, request: dict, blobs: list[bytes]) -> Any:
        decode = Decoder(blobs, self.resolve, build).decode
        op = request["op"]
        if op == "load":
            return importlib.import_module(f"{PACKAGE}.{request['module']}")
        target = self.resolve(request["target"])
        if op == "getattr":
            if isinstance(target, types.ModuleType) and not hasattr(target, request["name"]):
                raise _Missing(request["name"])
            value = getattr(target, request["name"])
            return _Kept(value) if request.get("as_handle") else value
        if op == "setattr":
            return setattr(target, request["name"], decode(request["value"]))
        if op == "getitem":
            return target[decode(request["key"])]
        if op == "setitem":
            target[decode(request["key"])] = decode(request["value"])
            return None
        if op == "call":
            return target(*decode(request["args"]), **decode(request["kwargs"]))
        if op == "release":
            self.objects.pop(request["target"]["$obj"], None)
            return None
        raise ProtocolError(f"unknown op {op!r}")

    def serve(self) -> None:
        while True:
            try:
                request, blobs = read_frame(self.requests)
            except EOFError:
                return
            try:
                value = self.handle(request, blobs)
            except BaseException as exc:  # noqa: BLE001 - the learner's code may raise anything
                write_frame(self.replies, {"ok": False,
                                           "error": describe_exception(exc, self.workspace)})
                continue
            self.reply(value)

    def reply(self, value: Any) -> None:
        encoder = Encoder(self.keep)
        try:
            body = encoder.encode(value)
        except BaseException as exc:  # noqa: BLE001
            error = {"kind": "unsendable", "type": type(exc).__name__, "message": str(exc)[:300],
                     "frames": []}
            write_frame(self.replies, {"ok": False, "error": error})
            return
        write_frame(self.replies, {"ok": True, "value": body}, encoder.blobs)


def main(argv: list[str]) -> None:
    requests, replies = int(argv[1]), int(argv[2])
    init, _ = read_frame(requests)
    apply_limits(init["limits"])
    if init.get("audit"):
        install_audit_hook(init["protected"], init["scratch"], init["workspace"])
    mount_workspace(init["workspace"], init.get("references", {}))
    sys.argv = [str(Path(init["workspace"]))]
    Worker(requests, replies, init["workspace"]).serve()


if __name__ == "__main__":
    main(sys.argv)
