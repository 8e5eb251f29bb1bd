"""The worker: the only process that runs the learner's code, one exercise at a time.

It is handed the learner's sources by the grader (it never reads the workspace: what runs is
exactly what the grader read and what the structural checks look at), imports the exercise's
module from them, then answers the grader's requests (`load`, `getattr`, `setattr`, `getitem`,
`setitem`, `call`, `release`) with plain data; objects stay here, named by handle.

When the learner's code calls a dependency the grader serves (the reference version of an earlier
exercise, which never enters this process), the worker asks the grader, and while it waits it
answers the grader's calls back into the learner's objects (a reference training loop calling the
learner's network). Nothing this process says is trusted: the grader validates every frame.

This module and its package import nothing of the kit outside `grader/sandbox/`, which is all of
the kit the worker can see.
"""

from __future__ import annotations

import builtins
import importlib
import os
import sys
import traceback
import types
import weakref
from collections.abc import Callable
from typing import Any, BinaryIO

from . import modules
from .functions import build
from .protocol import (
    Decoder,
    Encoder,
    ProtocolError,
    SharedArrays,
    read_frame,
    write_frame,
)

MAX_NESTING = 64


class _Missing(AttributeError):
    """The learner's module does not define a name a check needs (yet)."""


class _Kept:
    """Marks a value to be sent back as a handle even when it is plain data."""

    def __init__(self, value: Any) -> None:
        self.value = value


def describe_exception(exc: BaseException, learner_files: set[str]) -> dict:
    """What the learner needs to find the bug: type, message and their own frames only."""
    try:
        message = str(exc)[:1000]
    except Exception:  # noqa: BLE001 - a learner's exception may fail to print itself
        message = ""
    frames = []
    if isinstance(exc, SyntaxError) and exc.filename:
        frames.append({"file": exc.filename, "line": exc.lineno or 0, "function": "",
                       "code": (exc.text or "").rstrip()[:200]})
        message = str(exc.msg)[:1000]
    for frame in traceback.extract_tb(exc.__traceback__):
        frames.append({"file": frame.filename, "line": frame.lineno or 0,
                       "function": frame.name, "code": (frame.line or "")[:200]})
    mine = [f for f in frames if f["file"] in learner_files]
    kind = "exit" if isinstance(exc, SystemExit) else "exception"
    if isinstance(exc, _Missing):
        kind, message = "missing", str(exc.args[0])[:200]
    return {"kind": kind, "type": type(exc).__name__[:100], "message": message,
            "frames": mine[-5:]}


class Worker:
    """Serves one exercise over a channel: requests in, replies out, nested calls both ways."""

    def __init__(self, reader: BinaryIO, writer: BinaryIO) -> None:
        self.reader, self.writer = reader, writer
        self.objects: dict[int, Any] = {}
        self.next_id = 1
        self.shared = SharedArrays(parity=1)
        self.grader_objects: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        self.dropped: list[int] = []  # grader objects the learner's code no longer holds
        self.depth = 0
        self.learner_files: set[str] = set()

    # ------------------------------------------------------------ objects of this side

    def keep_shared(self, obj: Any) -> dict:
        """Objects in a reply to the grader's reference code: its own objects go back as
        themselves."""
        if isinstance(obj, modules.GraderObject):
            return {"$ref": obj._nnkata_id}
        return self.keep(obj)

    def keep(self, obj: Any) -> dict:
        """Objects in a reply to a check: every one stays here, named by handle (a reference
        object too, so that a check sees copies of its data, as for any object)."""
        if isinstance(obj, _Kept):
            obj = obj.value
        handle = self.next_id
        self.next_id += 1
        self.objects[handle] = obj
        return {"$obj": handle, "type": type(obj).__name__, "callable": callable(obj)}

    def resolve(self, tag: dict) -> Any:
        if "$ref" in tag:
            return modules.GraderObject(self, tag)
        try:
            return self.objects[tag["$obj"]]
        except (KeyError, TypeError) as exc:
            raise ProtocolError("unknown handle") from exc

    # ------------------------------------------------------------ frames

    def send(self, header: dict, encoder: Encoder | None = None) -> None:
        encoder = encoder or Encoder(self.keep_shared, self.shared)
        header.update(encoder.sync(self.shared))
        if self.dropped:
            header["release"], self.dropped = self.dropped, []
        write_frame(self.writer, header, encoder.blobs)

    def receive(self) -> tuple[dict, Decoder]:
        header, blobs = read_frame(self.reader)
        decoder = Decoder(blobs, self.resolve, build, self.shared)
        decoder.apply_sync(header)
        return header, decoder

    def encode(self, value: Any, shared: bool) -> tuple[Any, Encoder]:
        encoder = (Encoder(self.keep_shared, self.shared) if shared
                   else Encoder(self.keep, None))
        return encoder.encode(value), encoder

    # ------------------------------------------------------------ serving the grader

    def serve(self) -> None:
        while True:
            try:
                header, decoder = self.receive()
            except EOFError:
                return
            self.answer(header, decoder)

    def answer(self, header: dict, decoder: Decoder) -> None:
        shared = bool(header.get("shared"))
        try:
            value = self.handle(header, decoder)
            body, encoder = self.encode(value, shared)
        except BaseException as exc:  # noqa: BLE001 - the learner's code may raise anything
            error = describe_exception(exc, self.learner_files)
            if isinstance(exc, ProtocolError):
                error = {"kind": "unsendable", "type": type(exc).__name__,
                         "message": str(exc)[:300], "frames": []}
            self.send({"kind": "reply", "ok": False, "error": error})
            return
        self.send({"kind": "reply", "ok": True, "value": body}, encoder)

    def handle(self, request: dict, decoder: Decoder) -> Any:
        op = request.get("op")
        if op == "load":
            return importlib.import_module(f"{modules.PACKAGE}.{request['module']}")
        target = self.resolve(request.get("target") or {})
        if op == "getattr":
            name = str(request["name"])
            if isinstance(target, types.ModuleType) and not hasattr(target, name):
                raise _Missing(name)
            value = getattr(target, name)
            return _Kept(value) if request.get("as_handle") else value
        if op == "setattr":
            return setattr(target, str(request["name"]), decoder.decode(request.get("value")))
        if op == "getitem":
            return target[decoder.decode(request.get("key"))]
        if op == "setitem":
            target[decoder.decode(request.get("key"))] = decoder.decode(request.get("value"))
            return None
        if op == "call":
            return target(*decoder.decode(request.get("args", [])),
                          **decoder.decode(request.get("kwargs", {"$dict": {}})))
        if op == "release":
            self.objects.pop(request["target"]["$obj"], None)
            return None
        raise ProtocolError(f"unknown op {op!r}")

    # ------------------------------------------------------------ asking the grader

    def ask(self, message: dict) -> Any:
        """A call into a dependency the grader serves; the grader's calls back are answered
        while we wait (arrays are shared, so changes in place cross in both directions)."""
        if self.depth >= MAX_NESTING:
            raise RecursionError("dependency calls nested too deeply")
        encoder = Encoder(self.keep_shared, self.shared)
        for key in ("args", "kwargs", "value", "key"):
            if key in message:
                message[key] = encoder.encode(message[key])
        self.send({"kind": "dep", **message}, encoder)
        self.depth += 1
        try:
            while True:
                try:
                    header, decoder = self.receive()
                except EOFError:
                    os._exit(0)  # the grader has gone: nobody to answer
                if header.get("kind") == "reply":
                    break
                self.answer(header, decoder)
        finally:
            self.depth -= 1
        if not header.get("ok"):
            raise _reference_error(header.get("error"))
        return decoder.decode(header.get("value"))


def _reference_error(detail: Any) -> Exception:
    """The exception a reference dependency raised, raised again in the learner's code."""
    detail = detail if isinstance(detail, dict) else {}
    name, message = str(detail.get("type", "")), str(detail.get("message", ""))
    error = getattr(builtins, name, None)
    if isinstance(error, type) and issubclass(error, Exception):
        try:
            return error(message)
        except Exception:  # noqa: BLE001 - an exception type with another signature
            pass
    return RuntimeError(f"{name}: {message}")


def serve_exercise(reader: BinaryIO, writer: BinaryIO,
                   prepare: Callable[[dict], None] | None = None) -> None:
    """Set up from the grader's first frame (the sources, the dependencies it serves, the
    audit hooks where no OS sandbox holds the worker; `prepare`, for a spawned worker, clears
    its scratch folder and sets its limits), say so, then serve until the grader closes the
    channel."""
    worker = Worker(reader, writer)
    try:
        setup, _decoder = worker.receive()
    except EOFError:
        return
    try:
        if prepare is not None:
            prepare(setup.get("spec") or {})
        worker.learner_files = modules.install(setup, worker)
        audit = setup.get("audit")
        if audit:
            from .audit import install_audit_hook

            install_audit_hook(audit)
        sys.argv = ["nnkata"]
    except Exception as exc:  # noqa: BLE001 - told to the grader: its fault, not the learner's
        worker.send({"kind": "reply", "ok": False, "error": {
            "kind": "setup", "type": type(exc).__name__, "message": str(exc)[:500],
            "frames": []}})
        return
    worker.send({"kind": "reply", "ok": True, "value": None})
    worker.serve()

