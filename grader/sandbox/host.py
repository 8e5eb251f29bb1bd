"""Where the learner's code runs for one grading session (a `grade`, a watch, a batch worker).

The host picks the strongest isolation this machine allows — bubblewrap on Linux, else Python's
audit hooks — and proves it by starting the very process the exercises will use: when that fails
it falls back to the next level and notes it in one line; when nothing can start, it is the
grader's problem (`GraderSetupError`), never the learner's. It builds the worker's world (its
environment, its scratch folder, what it may read), keeps one worker warm (the Linux template,
or the next spawned worker elsewhere) from `start()` on, while the grader is still importing,
and hands out a fresh, isolated worker per exercise (`open`).
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bubblewrap, platforms
from .channel import WorkerStartError

SANDBOX_DIR = Path(__file__).resolve().parent
START_TIMEOUT = 60.0
BOOT = ("import sys, importlib.util as u; d = sys.argv[1]; "
        "s = u.spec_from_file_location('nnkata_sandbox', d + '/__init__.py', "
        "submodule_search_locations=[d]); m = u.module_from_spec(s); "
        "sys.modules['nnkata_sandbox'] = m; s.loader.exec_module(m); "
        "import nnkata_sandbox.entry as e; e.main(sys.argv[2:])")


class GraderSetupError(Exception):
    """The learner's code cannot be run here as the kit is set up; `reasons`, one per isolation
    tried. Nothing is graded and nothing recorded."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


@dataclass
class Fallback:
    """An isolation that could not start, and why (shown to the learner in one line)."""

    isolation: str
    reason: str


@dataclass
class WorkerHost:
    """One warm worker host; `open(limits)` gives a fresh worker process for one exercise."""

    mnist_dir: Path | None = None
    fallbacks: list[Fallback] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.platform = platforms.current()
        self.platform_name = platforms.current_name()
        self._scratch = Path(tempfile.mkdtemp(prefix="nnkata-"))
        forks_in_bwrap = self.platform_name == "posix" and getattr(self.platform, "FORKS", False)
        self._candidates = (["bubblewrap"] if forks_in_bwrap and bubblewrap.executable() else [])
        self._candidates.append("audit hooks")
        self._backend: Any = None
        self._launch: platforms.Launch | None = None
        self._audit: dict | None = None

    # ------------------------------------------------------------------ choosing

    @property
    def isolation(self) -> str:
        return self._launch.isolation if self._launch else self._candidates[0]

    def _readable(self) -> list[Path]:
        paths = [*bubblewrap.interpreter_paths(), SANDBOX_DIR]
        return paths + ([self.mnist_dir] if self.mnist_dir else [])

    def _environment(self) -> dict[str, str]:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1",
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
               "MPLBACKEND": "Agg", "HOME": str(self._scratch), "TMPDIR": str(self._scratch)}
        if self.mnist_dir:
            env["NNKATA_MNIST_DIR"] = str(self.mnist_dir)
        return self.platform.environment(env)

    def _make_launch(self, isolation: str) -> platforms.Launch:
        python = [sys.executable, "-I", "-B", "-c", BOOT, str(SANDBOX_DIR)]
        if isolation == "bubblewrap":
            prefix, keep = bubblewrap.command(self._readable())
            spec = {"scratch": "/tmp", "clear": ["/tmp", "/dev/shm"], "keep": keep,
                    "pid_namespace": True, "uid": bubblewrap.worker_uid()}
            self._audit = None
        else:
            prefix, spec = [], {"scratch": str(self._scratch), "clear": [], "keep": [],
                                "pid_namespace": False,
                                "uid": self.platform.unprivileged_user(self._readable())}
            if spec["uid"] is not None:
                self._scratch.chmod(0o777)
            self._audit = {"read": [str(p) for p in self._readable()],
                           "hidden": [str(p) for p in bubblewrap.kit_entries()]}
        return platforms.Launch(prefix, python, self._environment(), str(self._scratch),
                                isolation, self.platform_name, spec)

    def start(self) -> WorkerHost:
        """Begin starting the worker now (it imports NumPy while the grader does other work)."""
        if self._backend is None:
            self._begin(self._candidates[0])
        return self

    def _begin(self, isolation: str) -> None:
        self._launch = self._make_launch(isolation)
        try:
            self._backend = self.platform.start_backend(self._launch)
        except WorkerStartError as exc:
            self._backend = None
            self._fall_back(str(exc))

    def _fall_back(self, reason: str) -> None:
        """The current isolation failed: note it and start the next, or give up."""
        failed = self.isolation
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        self.fallbacks.append(Fallback(failed, reason.strip()[-600:]))
        following = self._candidates.index(failed) + 1
        if following >= len(self._candidates):
            raise GraderSetupError([f"{f.isolation}: {f.reason}" for f in self.fallbacks])
        self._begin(self._candidates[following])

    def ready(self) -> WorkerHost:
        """Wait until the host can serve, falling back as needed: `isolation` is then the one
        that will be used."""
        self.start()
        while True:
            if self._backend is None:
                self._begin(self.isolation)
                continue
            try:
                self._backend.ready(START_TIMEOUT)
                return self
            except WorkerStartError as exc:
                self._fall_back(str(exc))

    # ------------------------------------------------------------------ serving

    def _child_spec(self, limits: dict) -> dict:
        """What one exercise's worker sets itself up with. Without an OS sandbox each worker
        gets a folder of its own, the only one its audit hooks let it write to (or read besides
        its packages), so no exercise sees what an earlier one left."""
        assert self._launch is not None
        spec = dict(self._launch.spec, limits=limits)
        if self._audit is not None:
            folder = tempfile.mkdtemp(prefix="exercise-", dir=self._scratch)
            if spec["uid"] is not None:
                Path(folder).chmod(0o777)
            spec["scratch"] = folder
            spec["audit"] = dict(self._audit, write=[folder])
        return spec

    def release(self, spec: dict) -> None:
        """An exercise's worker is done: its own scratch folder goes (links are not followed)."""
        if self._audit is not None and Path(spec["scratch"]).parent == self._scratch:
            shutil.rmtree(spec["scratch"], ignore_errors=True)

    def open(self, limits: dict) -> tuple[Any, dict]:
        """A fresh worker for one exercise, ready to take its set-up frame, and its spec."""
        self.start()
        restarted = False
        while True:
            if self._backend is None:
                self._begin(self.isolation)
                continue
            if not self._backend.alive() and not restarted:
                self._backend.close()  # killed by an earlier exercise: start it again
                self._backend, restarted = None, True
                continue
            spec = self._child_spec(limits)
            try:
                return self._backend.spawn(spec, START_TIMEOUT), spec
            except WorkerStartError as exc:
                self.release(spec)
                self._fall_back(str(exc))

    @staticmethod
    def setup(module: str, sources: dict[str, str], dependencies: list[str],
              spec: dict) -> dict:
        """The first frame a worker gets: what to import, from which sources, what the grader
        serves, and how to set itself up (and its audit hooks, where no OS sandbox holds it)."""
        return {"op": "setup", "module": module, "sources": sources,
                "dependencies": dependencies, "audit": spec.get("audit"), "spec": spec}

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()
            self._backend = None
        shutil.rmtree(self._scratch, ignore_errors=True)


_shared: dict[str, WorkerHost] = {}


def shared_host() -> WorkerHost:
    """This process's host, started on first use and closed when the process ends."""
    if "host" not in _shared:
        from ..datasets.mnist import find_mnist

        host = WorkerHost(find_mnist())
        _shared["host"] = host
        atexit.register(host.close)
    return _shared["host"].start()
