"""The grader's side of the worker: start it, send requests, enforce time, restart after a crash.

A `Sandbox` serves one exercise. Every reply is decoded into plain values or `Remote` proxies;
a crash, a hang or an exit of the learner's code becomes a `WorkerError` for the check that was
running, and the next request starts a fresh worker.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .isolation import PROTECTED, worker_argv, worker_environment
from .protocol import Decoder, Encoder, Handle, ProtocolError, read_frame, write_frame


class WorkerError(Exception):
    """Something went wrong on the learner's side of a call; `kind` says what."""

    def __init__(self, kind: str, detail: dict | None = None) -> None:
        super().__init__(kind, detail)
        self.kind = kind  # exception | exit | unsendable | crash | timeout | budget | lost
        self.detail = detail or {}


@dataclass
class Limits:
    call_seconds: float = 5.0
    exercise_seconds: float = 30.0
    memory_mb: int = 1024


@dataclass
class Sandbox:
    workspace: Path
    module: str  # dotted name inside the workspace, e.g. "ch02_perceptron.gates"
    limits: Limits = field(default_factory=Limits)
    references: dict[str, str] = field(default_factory=dict)
    hidden: list[Path] = field(default_factory=lambda: list(PROTECTED))

    def __post_init__(self) -> None:
        self.workspace = Path(self.workspace).resolve()
        self._proc: subprocess.Popen | None = None
        self._generation = 0
        self._spent = 0.0
        self._module: Any = None
        self._load_error: WorkerError | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="nnkata-")

    # -------------------------------------------------------------- lifecycle

    def _start(self) -> None:
        scratch = Path(self._scratch.name)
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        argv, sandboxed = worker_argv(self.workspace, scratch, self.hidden, req_r, rep_w)
        with open(scratch / "output.txt", "ab") as out:
            self._proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out, pass_fds=(req_r, rep_w),
                env=worker_environment(scratch), cwd=scratch, start_new_session=True,
            )
        os.close(req_r)
        os.close(rep_w)
        self._requests, self._replies = req_w, rep_r
        self._generation += 1
        self._module = None
        init = {
            "workspace": str(self.workspace),
            "scratch": str(scratch),
            "references": self.references,
            "audit": not sandboxed,
            "protected": [str(p) for p in self.hidden],
            "limits": {"memory_mb": self.limits.memory_mb,
                       "cpu_seconds": int(self.limits.exercise_seconds) + 5},
        }
        write_frame(self._requests, init)

    def warm(self) -> None:
        """Start the worker now, so that it imports NumPy while the grader does other work."""
        if self._proc is None:
            self._start()

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for fd in (self._requests, self._replies):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()

    def close(self) -> None:
        self._stop()
        self._scratch.cleanup()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def output(self, limit: int = 2000) -> str:
        """The end of what the learner's code printed (capped by the worker's file limit)."""
        path = Path(self._scratch.name) / "output.txt"
        data = path.read_bytes()[-limit:] if path.exists() else b""
        return data.decode("utf-8", "replace")

    # -------------------------------------------------------------- requests

    def module_proxy(self) -> Remote:
        """The learner's module, imported on first use (and again after a restart)."""
        if self._load_error is not None:
            raise self._load_error
        if self._module is None or self._proc is None:
            try:
                self._module = self.request({"op": "load", "module": self.module})
            except WorkerError as exc:
                if exc.kind != "budget":
                    self._load_error = exc
                raise
        return self._module

    def request(self, message: dict, timeout: float | None = None) -> Any:
        left = self.limits.exercise_seconds - self._spent
        if left <= 0:
            raise WorkerError("budget")
        if self._proc is None:
            self._start()
        encoder = Encoder(self._refuse)
        for key in ("args", "kwargs", "value", "key"):
            if key in message:
                message[key] = encoder.encode(message[key])
        limit = min(timeout or self.limits.call_seconds, left)
        started = time.monotonic()
        try:
            write_frame(self._requests, message, encoder.blobs)
            deadline = started + limit
            header, blobs = read_frame(self._replies, deadline)
        except TimeoutError:
            self._stop()
            raise WorkerError("timeout" if limit < left else "budget", {"seconds": limit}) from None
        except (EOFError, BrokenPipeError, ProtocolError, OSError) as exc:
            code = self._proc.poll() if self._proc else None
            self._stop()
            raise WorkerError("crash", {"returncode": code, "reason": str(exc)}) from None
        finally:
            self._spent += time.monotonic() - started
        if not isinstance(header, dict) or "ok" not in header:
            self._stop()
            raise WorkerError("crash", {"reason": "malformed reply"})
        if not header["ok"]:
            error = header.get("error") if isinstance(header.get("error"), dict) else {}
            raise WorkerError(str(error.get("kind", "exception")), error)
        generation = self._generation
        try:
            return Decoder(blobs, lambda tag: self._remote(tag, generation)).decode(header["value"])
        except ProtocolError as exc:
            self._stop()
            raise WorkerError("crash", {"reason": str(exc)}) from None

    def _remote(self, tag: dict, generation: int) -> Remote:
        handle = Handle(int(tag["$obj"]), str(tag.get("type", "object"))[:100],
                        bool(tag.get("callable")))
        return Remote(self, handle, generation)

    def _refuse(self, value: Any) -> Any:
        if isinstance(value, Remote):
            return value._handle_for(self)
        raise ProtocolError(f"cannot send a {type(value).__name__} to the worker")


class Remote:
    """A proxy for an object living in the worker: attributes, items and calls go over the pipe."""

    __slots__ = ("_sandbox", "_handle", "_generation", "_functions")

    def __init__(self, sandbox: Sandbox, handle: Handle, generation: int) -> None:
        object.__setattr__(self, "_sandbox", sandbox)
        object.__setattr__(self, "_handle", handle)
        object.__setattr__(self, "_generation", generation)
        # a module's functions are looked up once: it halves the round trips of most checks
        object.__setattr__(self, "_functions", {} if handle.type_name == "module" else None)

    def _handle_for(self, sandbox: Sandbox) -> dict:
        if sandbox is not self._sandbox or self._generation != sandbox._generation:
            raise WorkerError("lost")
        return {"$obj": self._handle.id}

    def _ask(self, message: dict) -> Any:
        message["target"] = self._handle_for(self._sandbox)
        return self._sandbox.request(message)

    @property
    def remote_type(self) -> str:
        return self._handle.type_name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if self._functions is not None and name in self._functions:
            return self._functions[name]
        value = self._ask({"op": "getattr", "name": name})
        if self._functions is not None and isinstance(value, Remote) and value._handle.is_callable:
            self._functions[name] = value
        return value

    def _attribute(self, name: str) -> Remote:
        """The attribute as a proxy even when it is plain data, so it can be changed in place."""
        return self._ask({"op": "getattr", "name": name, "as_handle": True})

    def __setattr__(self, name: str, value: Any) -> None:
        if self._functions is not None:
            self._functions.pop(name, None)
        self._ask({"op": "setattr", "name": name, "value": value})

    def __getitem__(self, key: Any) -> Any:
        return self._ask({"op": "getitem", "key": key})

    def __setitem__(self, key: Any, value: Any) -> None:
        self._ask({"op": "setitem", "key": key, "value": value})

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._ask({"op": "call", "args": list(args), "kwargs": kwargs})

    def __repr__(self) -> str:
        return f"<{self._handle.type_name} in the worker>"
