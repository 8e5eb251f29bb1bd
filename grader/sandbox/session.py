"""The grader's side of one exercise's worker: requests, deadlines, restarts, and the
dependencies the grader serves to the learner's code.

A `Sandbox` takes a fresh worker from the host (`WorkerHost.open`), sends it the learner's
sources and the names the grader serves, then drives the learner's module through `Remote`
proxies. A crash, a hang or an exit of the learner's code becomes a `WorkerError` for the check
that was running, and the next request gets a fresh worker. Everything the worker sends is
validated; an error it reports is rebuilt from known fields only, so nothing it forges reaches
the grader's own code. A worker that cannot be set up is the grader's problem
(`GraderSetupError`), never the learner's.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .channel import WorkerStartError
from .dependencies import DependencyServer
from .host import GraderSetupError, WorkerHost, shared_host
from .protocol import Decoder, Encoder, Handle, ProtocolError, SharedArrays, clean_text
from .sources import Sources, read_sources

SETUP_SECONDS = 60.0
_LEARNER_KINDS = {"exception", "exit", "missing", "unsendable"}


class WorkerError(Exception):
    """Something went wrong on the learner's side of a call; `kind` says what."""

    def __init__(self, kind: str, detail: dict | None = None) -> None:
        super().__init__(kind, detail)
        self.kind = kind  # exception | exit | missing | unsendable | crash | memory | timeout
        self.detail = detail or {}  # | budget | lost


def _text(value: Any, limit: int) -> str:
    return clean_text(value if isinstance(value, str) else "", limit)


def _line(value: Any) -> int:
    return value if type(value) is int and 0 <= value < 10**7 else 0


def reported_error(raw: Any) -> WorkerError:
    """The learner's error as the worker described it, keeping only well-formed fields."""
    raw = raw if isinstance(raw, dict) else {}
    kind = raw.get("kind") if raw.get("kind") in _LEARNER_KINDS else "exception"
    frames = raw.get("frames") if isinstance(raw.get("frames"), list) else []
    detail = {"type": _text(raw.get("type"), 100) or "Exception",
              "message": _text(raw.get("message"), 1000),
              "frames": [{"file": _text(f.get("file"), 300), "line": _line(f.get("line")),
                          "function": _text(f.get("function"), 100),
                          "code": _text(f.get("code"), 200)}
                         for f in frames[-5:] if isinstance(f, dict)]}
    return WorkerError(kind, detail)


# Importing a module runs its top level only: a module that takes longer (a loop, a training run
# at import) fails its checks after this, not after the long limit of a training call.
IMPORT_SECONDS = 20.0


@dataclass
class Limits:
    call_seconds: float = 5.0
    exercise_seconds: float = 30.0
    memory_mb: int = 1024

    def for_worker(self) -> dict:
        return {"memory_mb": self.memory_mb, "cpu_seconds": int(self.exercise_seconds) + 5,
                "file_mb": 16}


class Sandbox:
    """One exercise's worker: `module_proxy()` is the learner's module, driven by `Remote`s."""

    def __init__(self, sources: Sources | Path, module: str, limits: Limits | None = None,
                 dependencies: DependencyServer | None = None,
                 host: WorkerHost | None = None) -> None:
        self.sources = sources if isinstance(sources, Sources) else read_sources(Path(sources))
        self.workspace = self.sources.root
        self.module = module  # dotted name inside the workspace, e.g. "ch02_perceptron.gates"
        self.limits = limits or Limits()
        self.dependencies = dependencies
        self.host = host or shared_host()
        self._child: Any = None
        self._spec: dict = {}
        self._generation = 0
        self._spent = 0.0
        self._module: Any = None
        self._load_error: WorkerError | None = None
        self._shared = SharedArrays(parity=0)
        self._serving = 0  # dependency calls being answered: arrays are shared meanwhile

    # -------------------------------------------------------------- lifecycle

    def _start(self) -> None:
        child = None
        try:
            child, self._spec = self.host.open(self.limits.for_worker())
            setup = self.host.setup(self.module, self.sources.files,
                                    self.dependencies.served if self.dependencies else [],
                                    self._spec)
            child.connection.send(setup)
            header, _blobs = child.connection.receive(time.monotonic() + SETUP_SECONDS)
        except (WorkerStartError, TimeoutError, EOFError, OSError, ProtocolError) as exc:
            reason = str(exc) or type(exc).__name__
            if child is not None:
                child.kill()
                reason = child.output.text(1500, wait=1.0).strip() or reason
                self.host.release(self._spec)
            raise GraderSetupError([f"{self.host.isolation}: {reason}"]) from None
        if not header.get("ok"):
            child.kill()
            self.host.release(self._spec)
            error = header.get("error") if isinstance(header.get("error"), dict) else {}
            raise GraderSetupError([f"{self.host.isolation}: "
                                    f"{_text(error.get('message'), 500)}"])
        self._child = child
        self._generation += 1
        self._module = None
        self._shared = SharedArrays(parity=0)

    def warm(self) -> None:
        """Start the worker now, while the grader does other work."""
        if self._child is None:
            self._start()

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            self.host.release(self._spec)

    def close(self) -> None:
        self._stop()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def output(self, limit: int = 2000) -> str:
        """The end of what the learner's code printed."""
        return self._child.output.text(limit) if self._child is not None else ""

    # -------------------------------------------------------------- requests

    def module_proxy(self) -> Remote:
        """The learner's module, imported on first use (and again after a restart)."""
        if self._load_error is not None:
            raise self._load_error
        if self._module is None or self._child is None:
            try:
                self._module = self.request({"op": "load", "module": self.module},
                                            timeout=min(self.limits.call_seconds, IMPORT_SECONDS))
            except WorkerError as exc:
                if exc.kind != "budget":
                    self._load_error = exc
                raise
        return self._module

    def request(self, message: dict, timeout: float | None = None) -> Any:
        left = self.limits.exercise_seconds - self._spent
        if left <= 0:
            raise WorkerError("budget")
        if self._child is None:
            self._start()
        shared = self._serving > 0
        encoder = Encoder(self._refuse, self._shared if shared else None)
        for key in ("args", "kwargs", "value", "key"):
            if key in message:
                message[key] = encoder.encode(message[key])
        limit = min(timeout or self.limits.call_seconds, left)
        if shared:
            message["shared"] = True
        started = time.monotonic()
        try:
            self._send({"kind": "call", **message}, encoder)
            header, decoder = self._await_reply(started + limit)
        except TimeoutError:
            self._stop()
            raise WorkerError("timeout" if limit < left else "budget", {"seconds": limit}) \
                from None
        except (EOFError, ProtocolError, OSError) as exc:
            raise self._crashed(exc) from None
        finally:
            if self._serving == 0:
                self._spent += time.monotonic() - started
        if not header.get("ok"):
            raise reported_error(header.get("error"))
        try:
            return decoder.decode(header.get("value"))
        except ProtocolError as exc:
            raise self._crashed(exc) from None

    def _crashed(self, exc: BaseException) -> WorkerError:
        """The worker went away (EOFError) or sent what cannot be read (ProtocolError)."""
        child = self._child
        memory = bool(child and child.over_memory())
        code = child.exit_code() if child and not isinstance(exc, ProtocolError) else None
        self._stop()
        if memory:
            return WorkerError("memory", {})
        if isinstance(exc, ProtocolError):
            return WorkerError("garbled", {"reason": _text(str(exc), 300)})
        return WorkerError("crash", {"returncode": code})

    def _send(self, header: dict, encoder: Encoder) -> None:
        header.update(encoder.sync(self._shared))
        self._child.connection.send(header, encoder.blobs)

    def _receive(self, deadline: float) -> tuple[dict, Decoder]:
        header, blobs = self._child.connection.receive(deadline)
        generation = self._generation
        decoder = Decoder(blobs, lambda tag: self._object(tag, generation), None, self._shared)
        decoder.apply_sync(header)
        if self.dependencies is not None:
            self.dependencies.drop(header.get("release"))
        return header, decoder

    def _await_reply(self, deadline: float) -> tuple[dict, Decoder]:
        """The reply to our request; meanwhile, the learner's calls into served dependencies."""
        while True:
            header, decoder = self._receive(deadline)
            kind = header.get("kind")
            if kind == "reply":
                return header, decoder
            if kind != "dep" or self.dependencies is None:
                raise ProtocolError("unexpected frame")
            self._serve(header, decoder)

    def _serve(self, request: dict, decoder: Decoder) -> None:
        assert self.dependencies is not None
        self._serving += 1
        encoder = Encoder(self._refuse, self._shared)
        try:
            reply = {"kind": "reply", "ok": True,
                     "value": encoder.encode(self.dependencies.handle(request, decoder))}
        except WorkerError:
            raise  # the learner's own code, called back, failed: that is this call's verdict
        except ProtocolError:
            raise
        except Exception as exc:  # noqa: BLE001 - raised again in the learner's code
            encoder = Encoder(self._refuse, self._shared)
            reply = {"kind": "reply", "ok": False,
                     "error": {"type": type(exc).__name__, "message": str(exc)[:500]}}
        finally:
            self._serving -= 1
        self._send(reply, encoder)

    def _object(self, tag: dict, generation: int) -> Any:
        if "$ref" in tag and self.dependencies is not None:
            return self.dependencies.resolve(tag)
        if type(tag.get("$obj")) is not int:
            raise ProtocolError("bad handle")
        handle = Handle(tag["$obj"], _text(tag.get("type"), 100) or "object",
                        bool(tag.get("callable")))
        return Remote(self, handle, generation)

    def _refuse(self, value: Any) -> Any:
        if isinstance(value, Remote):
            return value._handle_for(self)
        if self._serving and self.dependencies is not None:
            return self.dependencies.keep(value)
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

