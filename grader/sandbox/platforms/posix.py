"""Linux and macOS.

On Linux, `ForkServer` starts one template process (inside bubblewrap where it works) that
imports NumPy and the worker's plumbing once; for each exercise the grader hands it, over a Unix
socket, the two ends the child will use (its channel and the pipe for what it prints), and the
template forks. The child, before any learner code runs: starts a session of its own, keeps only
those descriptors, dies with the template, kills what an earlier child left in the sandbox's PID
namespace, becomes an unprivileged user where the grader is root, clears the scratch folders and
limits itself (address space, CPU, file size, no core dumps, no new processes). A crash, a patched
NumPy or a leaked global dies with the child: the next one is forked from the clean template.

macOS spawns a worker per exercise instead (`SpawnPool`): forking after NumPy has loaded
Apple's Accelerate is not safe. Its memory limit is watched from outside (`RLIMIT_AS` is not
enforced there).
"""

from __future__ import annotations

import gc
import os
import select
import selectors
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ..channel import Connection, OutputCapture, WorkerStartError
from ..protocol import ProtocolError, pack, parse_header
from . import Launch
from .portable import Hooks, SpawnedChild, SpawnPool, prepare_scratch

try:  # POSIX terminals; this module is only imported on POSIX systems
    import resource
    import termios
    import tty
except ImportError:  # pragma: no cover
    resource = termios = tty = None  # type: ignore[assignment]

FORKS = sys.platform.startswith("linux")
NOBODY = 65534
MAX_FDS = 8


# ------------------------------------------------------------------ the grader's side


def _memory_events() -> Path | None:
    """The file where the kernel counts the OOM kills of this process's cgroup (a container's
    memory limit, such as Gradescope's 768 MB, is such a group): cgroup v2's `memory.events`,
    or v1's `memory.oom_control`."""
    try:
        lines = Path("/proc/self/cgroup").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    root = Path("/sys/fs/cgroup")
    for line in lines:
        _number, _colon, rest = line.partition(":")
        controllers, _colon, group = rest.partition(":")
        group = group.lstrip("/")
        candidates = {"": root / group / "memory.events",
                      "memory": root / "memory" / group / "memory.oom_control"}
        path = candidates.get(controllers)
        if path is not None and path.is_file():
            return path
    return None


def oom_kills(events: Path | None) -> int:
    """How many processes the kernel has killed in the group for want of memory."""
    try:
        text = events.read_text(encoding="utf-8") if events else ""
    except OSError:
        return 0
    return next((int(v) for k, _s, v in (ln.partition(" ") for ln in text.splitlines())
                 if k == "oom_kill"), 0)


class ForkedChild:
    """One exercise's worker, forked by the template."""

    def __init__(self, server: ForkServer, ident: int, channel: socket.socket,
                 output: Any) -> None:
        self._server, self._id, self._channel = server, ident, channel
        self.connection = Connection(channel.makefile("rb"), None, send=channel.sendall)
        self.output = OutputCapture(output)
        self._oom_kills = oom_kills(server.memory_events)

    def over_memory(self) -> bool:
        """Past its own limit the learner's code sees a MemoryError (RLIMIT_AS); past the
        machine's or the container's, the kernel kills the child, the first to go."""
        return oom_kills(self._server.memory_events) > self._oom_kills

    def kill(self) -> None:
        self._server.kill(self._id)
        try:
            self._channel.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._channel.close()

    def exit_code(self, wait: float = 0.5) -> int | None:
        return self._server.exit_code(self._id, wait)


class ForkServer:
    """The template process, and the commands that make it fork, kill and report."""

    def __init__(self, launch: Launch) -> None:
        self.launch = launch
        self.memory_events = _memory_events()
        ours, theirs = socket.socketpair()
        try:
            self._process = subprocess.Popen(
                launch.argv("template"), stdin=theirs.fileno(), stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, env=launch.env, cwd=launch.cwd, start_new_session=True)
        except OSError as exc:
            raise WorkerStartError(str(exc)) from None
        finally:
            theirs.close()
        self._control = ours
        self._errors = OutputCapture(self._process.stderr)
        self._events = Connection(ours.makefile("rb"), None, send=ours.sendall)
        self._greeted = False
        self._exits: dict[int, int | None] = {}
        self._next = 1

    def _expect(self, kind: str, ident: int | None, deadline: float) -> dict:
        while True:
            try:
                header, _blobs = self._events.receive(deadline)
            except (TimeoutError, EOFError, ProtocolError) as exc:
                gone = 1.0 if isinstance(exc, EOFError) else 0.0
                reason = self._errors.text(1500, wait=gone).strip() or type(exc).__name__
                raise WorkerStartError(reason) from None
            if header.get("kind") == "exited":
                self._exits[header.get("id")] = header.get("code")
            if header.get("kind") == kind and header.get("id") == ident:
                return header

    def ready(self, timeout: float) -> None:
        if not self._greeted:
            self._expect("hello", None, time.monotonic() + timeout)
            self._greeted = True

    def alive(self) -> bool:
        return self._process.poll() is None

    def spawn(self, spec: dict, timeout: float) -> ForkedChild:
        self.ready(timeout)
        ident, self._next = self._next, self._next + 1
        ours, theirs = socket.socketpair()
        out_read, out_write = os.pipe()
        command = {"op": "spawn", "id": ident, "spec": spec}
        try:
            socket.send_fds(self._control, [pack(command, [])], [theirs.fileno(), out_write])
        except OSError as exc:
            ours.close()
            os.close(out_read)
            raise WorkerStartError(str(exc)) from None
        finally:
            theirs.close()
            os.close(out_write)
        try:
            self._expect("spawned", ident, time.monotonic() + timeout)
        except WorkerStartError:
            ours.close()
            os.close(out_read)
            raise
        return ForkedChild(self, ident, ours, os.fdopen(out_read, "rb"))

    def kill(self, ident: int) -> None:
        if ident in self._exits:
            return
        try:
            self._control.sendall(pack({"op": "kill", "id": ident}, []))
            self._expect("killed", ident, time.monotonic() + 2)
        except (OSError, WorkerStartError):
            self.close()  # a template that does not answer goes, with all it started

    def exit_code(self, ident: int, wait: float) -> int | None:
        if ident not in self._exits:
            try:
                self._expect("exited", ident, time.monotonic() + wait)
            except WorkerStartError:
                return None
        return self._exits.get(ident)

    def close(self) -> None:
        """The template holds nothing worth a clean exit: it goes at once, with every child it
        forked (its process group; in bubblewrap, its PID namespace)."""
        try:
            self._control.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._control.close()
        try:
            os.killpg(self._process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self._process.kill()
        self._process.wait()


class _MacHooks(Hooks):
    def popen_kwargs(self) -> dict:
        return {"start_new_session": True}

    def kill_tree(self, child: SpawnedChild) -> None:
        try:
            os.killpg(child.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def start_backend(launch: Launch) -> ForkServer | SpawnPool:
    if FORKS:
        return ForkServer(launch)
    pool = SpawnPool(launch, _MacHooks())
    pool.start()
    return pool


class Keys:
    """Key presses from stdin: single keys on a terminal (cbreak mode), whole lines otherwise.

    Use as a context manager: the terminal's settings are restored however the block ends.
    """

    def __init__(self, stream: Any = None) -> None:
        stream = sys.stdin if stream is None else stream
        try:
            self.fd: int | None = stream.fileno()
        except (AttributeError, OSError, ValueError):
            self.fd = None
        self._saved: list | None = None

    def __enter__(self) -> Keys:
        if self.fd is not None and os.isatty(self.fd):
            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    @property
    def raw(self) -> bool:
        return self._saved is not None

    def read(self, timeout: float) -> str:
        """What was typed within `timeout` seconds ("" when nothing; stdin closed: never again)."""
        if self.fd is None:
            time.sleep(timeout)
            return ""
        ready, _w, _x = select.select([self.fd], [], [], timeout)
        if not ready:
            return ""
        data = os.read(self.fd, 1024)
        if not data:  # end of input: keep watching without keys
            self.fd = None
        return data.decode("utf-8", "ignore")


def environment(env: dict[str, str]) -> dict[str, str]:
    return env


def _readable_by_others(path: Path) -> bool:
    """Whether a user with no rights of its own can reach and read `path`."""
    for folder in [*reversed(path.parents), path]:
        try:
            mode = folder.stat().st_mode
        except OSError:
            return False
        if not mode & stat.S_IXOTH or (folder == path and not mode & stat.S_IROTH):
            return False
    return True


def unprivileged_user(readable: list[Path]) -> int | None:
    """Where the grader is root and `nobody` can read what the worker needs, the worker's
    children become `nobody`: not root, bound by the process limit, unable to read the
    grader's private files."""
    if os.geteuid() != 0 or not all(_readable_by_others(p) for p in readable):
        return None
    return NOBODY


# ------------------------------------------------------------------ the worker's side


def limit_self(limits: dict) -> None:
    """Address space, CPU time, file size, no core dumps, no new processes (or threads)."""
    mb = 2**20
    wanted = {resource.RLIMIT_AS: limits.get("memory_mb", 1024) * mb,
              resource.RLIMIT_CPU: int(limits.get("cpu_seconds", 60)),
              resource.RLIMIT_FSIZE: limits.get("file_mb", 16) * mb,
              resource.RLIMIT_CORE: 0,
              resource.RLIMIT_NPROC: 0}
    for kind, value in wanted.items():
        try:
            resource.setrlimit(kind, (value, value))
        except (ValueError, OSError):
            pass
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file too large: an error, not a kill


def _drop_privileges(spec: dict) -> None:
    uid = spec.get("uid")
    if uid is None or os.getuid() != 0:
        return
    try:
        os.setgroups([])
    except OSError:
        pass
    os.setgid(uid)
    os.setuid(uid)
    if os.getuid() == 0:
        raise PermissionError("could not leave the root account")


def _die_with_parent() -> None:
    """Linux: the child is killed when the template dies (no orphan keeps running)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _first_to_go() -> None:
    """Linux: when memory runs out, the kernel kills this child before the grader, which then
    says so, instead of the grader (no results at all)."""
    try:
        Path("/proc/self/oom_score_adj").write_text("1000", encoding="ascii")
    except OSError:
        pass


def _kill_leftovers() -> None:
    """In the sandbox's own PID namespace: kill whatever an earlier child left running."""
    keep = {os.getpid(), os.getppid(), 1}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) not in keep:
            try:
                os.kill(int(entry), signal.SIGKILL)
            except OSError:
                pass


def prepare_worker(spec: dict) -> None:
    """A spawned worker (macOS): its scratch folder and its limits."""
    prepare_scratch(spec)
    limit_self(spec.get("limits", {}))


def _become_worker(command: dict, channel_fd: int, output_fd: int) -> None:
    """In the forked child, before any learner code: see the module docstring."""
    from ..worker import serve_exercise

    os.setsid()
    signal.set_wakeup_fd(-1)
    for signum in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    os.closerange(3, channel_fd)
    os.closerange(channel_fd + 1, 1 << 16)
    _die_with_parent()
    _first_to_go()
    spec = command.get("spec", {})
    if spec.get("pid_namespace"):
        _kill_leftovers()
    _drop_privileges(spec)
    os.umask(0o077)
    prepare_scratch(spec)
    limit_self(spec.get("limits", {}))
    channel = socket.socket(fileno=channel_fd)
    serve_exercise(channel.makefile("rb"), channel.makefile("wb"))


class _Template:
    """The template's loop: commands on the control socket, children's exits from SIGCHLD."""

    def __init__(self, control: socket.socket) -> None:
        self.control = control
        self.buffer = bytearray()
        self.fds: list[int] = []
        self.children: dict[int, int] = {}  # id -> pid

    def send(self, header: dict) -> None:
        self.control.sendall(pack(header, []))

    def frames(self):
        """Complete frames received so far (the descriptors that came with them in self.fds)."""
        while len(self.buffer) >= 8:
            length = int.from_bytes(self.buffer[:8], "big")
            if len(self.buffer) < 8 + length:
                return
            header = parse_header(bytes(self.buffer[8:8 + length]))
            del self.buffer[:8 + length]
            yield header

    def spawn(self, command: dict) -> None:
        channel_fd, output_fd = self.fds[:2]
        del self.fds[:2]
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _become_worker(command, channel_fd, output_fd)
            except BaseException:  # noqa: BLE001 - shown to the grader through the output pipe
                import traceback

                traceback.print_exc()
                code = 70
            finally:
                os._exit(code)
        os.close(channel_fd)
        os.close(output_fd)
        self.children[command["id"]] = pid
        self.send({"kind": "spawned", "id": command["id"]})

    def kill(self, command: dict) -> None:
        pid = self.children.get(command["id"])
        if pid is not None:
            for kill in (os.killpg, os.kill):
                try:
                    kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        self.send({"kind": "killed", "id": command["id"]})

    def reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            for ident, child in list(self.children.items()):
                if child == pid:
                    del self.children[ident]
                    self.send({"kind": "exited", "id": ident,
                               "code": os.waitstatus_to_exitcode(status)})

    def stop(self) -> None:
        for pid in self.children.values():
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass

    def serve(self) -> None:
        wake_read, wake_write = os.pipe()
        os.set_blocking(wake_write, False)
        signal.set_wakeup_fd(wake_write)
        signal.signal(signal.SIGCHLD, lambda _signum, _frame: None)
        selector = selectors.DefaultSelector()
        selector.register(self.control, selectors.EVENT_READ)
        selector.register(wake_read, selectors.EVENT_READ)
        self.send({"kind": "hello", "pid": os.getpid()})
        while True:
            for key, _events in selector.select():
                if key.fileobj == wake_read:
                    os.read(wake_read, 512)
                    self.reap()
                    continue
                data, fds, _flags, _address = socket.recv_fds(self.control, 1 << 16, MAX_FDS)
                if not data:
                    self.stop()
                    return
                self.buffer += data
                self.fds += fds
                for command in self.frames():
                    {"spawn": self.spawn, "kill": self.kill}.get(
                        command.get("op"), lambda _command: None)(command)


def serve_template() -> None:
    """The template's life: its control socket is its stdin; it forks a worker per exercise."""
    control = socket.socket(fileno=os.dup(0))
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.close(null)
    gc.freeze()  # what is imported stays: the children need not walk it again
    try:
        _Template(control).serve()
    except (OSError, ProtocolError):
        pass
