"""What every operating system has: the path Windows takes, and Linux with
`NNKATA_PLATFORM=portable`.

Each exercise gets a worker spawned for it (`SpawnPool` keeps the next one started, so it has
imported NumPy by the time it is needed). The channel is the worker's stdin and stdout; what the
learner prints goes to its stderr, drained by the grader. `psutil` watches the memory of the
worker and everything it started, and stops them all at once. In the worker, `prepare_worker`
only clears and enters the scratch folder: there are no resource limits to set here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ..channel import Connection, OutputCapture, WorkerStartError
from ..protocol import ProtocolError, write_frame
from . import Launch

HELLO_KIND = "hello"
WATCH_EVERY = 0.05


# ------------------------------------------------------------------ the grader's side


class MemoryWatch:
    """Stops a process tree whose resident memory goes over `limit_mb` (polled)."""

    def __init__(self, pid: int, limit_mb: int, stop: Any) -> None:
        self.exceeded = False
        self._done = threading.Event()
        self._pid, self._limit, self._stop = pid, limit_mb * 2**20, stop
        threading.Thread(target=self._watch, daemon=True, name="nnkata-memory").start()

    def _watch(self) -> None:
        import psutil

        try:
            process = psutil.Process(self._pid)
        except psutil.Error:
            return
        while not self._done.wait(WATCH_EVERY):
            try:
                tree = [process, *process.children(recursive=True)]
                used = sum(p.memory_info().rss for p in tree)
            except psutil.Error:
                return
            if used > self._limit:
                self.exceeded = True
                self._stop()
                return

    def stop(self) -> None:
        self._done.set()


def kill_tree(pid: int) -> None:
    """Stop a process and everything it started (as far as the OS still links them)."""
    import psutil

    try:
        parent = psutil.Process(pid)
        tree = [*parent.children(recursive=True), parent]
    except psutil.Error:
        return
    for process in tree:
        try:
            process.kill()
        except psutil.Error:
            pass


class Hooks:
    """The platform's say in spawning: extra `Popen` arguments, containment, stopping."""

    def popen_kwargs(self) -> dict:
        return {}

    def contain(self, child: SpawnedChild, limits: dict) -> None:
        child.watch = MemoryWatch(child.process.pid, int(limits["memory_mb"]), child.kill)

    def kill_tree(self, child: SpawnedChild) -> None:
        kill_tree(child.process.pid)


class SpawnedChild:
    """One spawned worker: its channel over stdin/stdout, its output over stderr."""

    def __init__(self, process: subprocess.Popen, hooks: Hooks) -> None:
        self.process = process
        self.hooks = hooks
        assert process.stdout is not None and process.stderr is not None
        self.connection = Connection(process.stdout, process.stdin)
        self.output = OutputCapture(process.stderr)
        self.watch: MemoryWatch | None = None
        self.job: Any = None  # Windows: the Job Object holding it
        self.greeted = False

    def hello(self, timeout: float) -> dict:
        try:
            header, _blobs = self.connection.receive(time.monotonic() + timeout)
        except (TimeoutError, EOFError, ProtocolError) as exc:
            self.kill()
            reason = self.output.text(1500, wait=1.0).strip() or type(exc).__name__
            raise WorkerStartError(reason) from None
        if header.get("kind") != HELLO_KIND:
            self.kill()
            raise WorkerStartError("the worker did not introduce itself")
        return header

    def over_memory(self) -> bool:
        return bool(self.watch and self.watch.exceeded)

    def kill(self) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.hooks.kill_tree(self)
        try:
            self.process.kill()
        except OSError:
            pass
        self.connection.close()

    def exit_code(self, wait: float = 0.5) -> int | None:
        try:
            return self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return None


class SpawnPool:
    """A worker spawned per exercise, the next one started ahead of time."""

    def __init__(self, launch: Launch, hooks: Hooks | None = None) -> None:
        self.launch = launch
        self.hooks = hooks or Hooks()
        self._spare: SpawnedChild | None = None

    def _start_one(self) -> SpawnedChild:
        try:
            process = subprocess.Popen(
                self.launch.argv("worker"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, env=self.launch.env, cwd=self.launch.cwd,
                **self.hooks.popen_kwargs())
        except OSError as exc:
            raise WorkerStartError(str(exc)) from None
        return SpawnedChild(process, self.hooks)

    def start(self) -> None:
        if self._spare is None:
            self._spare = self._start_one()

    def ready(self, timeout: float) -> None:
        self.start()
        assert self._spare is not None
        if not self._spare.greeted:
            self._spare.hello(timeout)
            self._spare.greeted = True

    def spawn(self, spec: dict, timeout: float) -> SpawnedChild:
        self.ready(timeout)
        child, self._spare = self._spare, None
        assert child is not None
        self.start()  # the next one imports NumPy while this one works
        self.hooks.contain(child, spec["limits"])
        return child

    def alive(self) -> bool:
        return True

    def close(self) -> None:
        if self._spare is not None:
            self._spare.kill()
            self._spare = None


def environment(env: dict[str, str]) -> dict[str, str]:
    return env


def unprivileged_user(readable: list[Path]) -> None:
    return None


def start_backend(launch: Launch) -> SpawnPool:
    pool = SpawnPool(launch)
    pool.start()
    return pool


class Keys:
    """Key presses for watch mode as whole lines, read by a thread (no terminal modes here)."""

    raw = False

    def __init__(self, stream: Any = None) -> None:
        self._stream = sys.stdin if stream is None else stream
        self._lines: list[str] = []
        self._lock = threading.Lock()
        self._started = False

    def __enter__(self) -> Keys:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def _read(self) -> None:
        for line in self._stream:
            with self._lock:
                self._lines.append(line)
        with self._lock:
            self._lines.append("")

    def read(self, timeout: float) -> str:
        if not self._started:
            self._started = True
            threading.Thread(target=self._read, daemon=True, name="nnkata-keys").start()
        time.sleep(timeout)
        with self._lock:
            lines, self._lines = self._lines, []
        return "".join(lines)


# ------------------------------------------------------------------ the worker's side


def prepare_scratch(spec: dict) -> Path:
    """Clear what an earlier exercise left in the scratch folders (all of it that this user may
    remove), then make and enter this exercise's own folder; it becomes HOME and TMPDIR."""
    keep = {os.path.normcase(p) for p in spec.get("keep", [])}
    for folder in spec.get("clear", []):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if os.path.normcase(entry.path) in keep:
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)
            except OSError:
                pass
    work = Path(spec["scratch"]) / f"work-{os.getpid()}"
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chdir(work)
    for name in ("HOME", "TMPDIR", "TEMP", "TMP", "MPLCONFIGDIR", "USERPROFILE"):
        os.environ[name] = str(work)
    return work


def prepare_worker(spec: dict) -> None:
    prepare_scratch(spec)


def serve_spawned(prepare: Any) -> None:
    """The life of a spawned worker: keep the channel to itself (stdin and stdout), send what
    is printed to stderr, introduce itself, then serve one exercise (`worker.serve_exercise`)."""
    from ..worker import serve_exercise

    channel_in = os.fdopen(os.dup(0), "rb")
    channel_out = os.fdopen(os.dup(1), "wb")
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    sys.stdout = sys.stderr
    write_frame(channel_out, {"kind": HELLO_KIND, "pid": os.getpid()})
    serve_exercise(channel_in, channel_out, prepare)
