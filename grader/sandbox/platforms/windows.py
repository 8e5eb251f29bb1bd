"""Windows: a worker spawned per exercise (there is no fork), held in a Job Object.

The job limits the memory of everything in it, allows no second process, and kills all of it at
once when it is closed. Where a job cannot be made (an old Windows inside another job that forbids
it), the portable path's memory watch and process-tree kill stand in. Keys for watch mode come
from the console (`msvcrt`) one at a time, or line by line when stdin is not a console.
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from . import Launch
from .portable import Hooks, SpawnedChild, SpawnPool, prepare_scratch
from .portable import Keys as LineKeys

_KILL_ON_JOB_CLOSE = 0x2000
_JOB_MEMORY = 0x200
_ACTIVE_PROCESS = 0x8
_DIE_ON_UNHANDLED_EXCEPTION = 0x400
_EXTENDED_LIMIT_INFORMATION = 9


def _kernel32() -> Any:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, wintypes.LPCWSTR)
    kernel32.SetInformationJobObject.argtypes = (wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                                 wintypes.DWORD)
    kernel32.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
    kernel32.TerminateJobObject.argtypes = (wintypes.HANDLE, wintypes.UINT)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def _limits_structure(memory_bytes: int) -> Any:
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", wintypes.LARGE_INTEGER),
                    ("PerJobUserTimeLimit", wintypes.LARGE_INTEGER),
                    ("LimitFlags", wintypes.DWORD),
                    ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t),
                    ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t),
                    ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class Counters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_ulonglong) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class Extended(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", Basic), ("IoInfo", Counters),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t),
                    ("PeakJobMemoryUsed", ctypes.c_size_t)]

    info = Extended()
    info.BasicLimitInformation.LimitFlags = (_KILL_ON_JOB_CLOSE | _JOB_MEMORY | _ACTIVE_PROCESS
                                             | _DIE_ON_UNHANDLED_EXCEPTION)
    info.BasicLimitInformation.ActiveProcessLimit = 1
    info.JobMemoryLimit = memory_bytes
    return info


def _job_for(process: subprocess.Popen, memory_mb: int) -> Any:
    import ctypes

    kernel32 = _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise ctypes.WinError(ctypes.get_last_error())
    info = _limits_structure(memory_mb * 2**20)
    if not (kernel32.SetInformationJobObject(job, _EXTENDED_LIMIT_INFORMATION, ctypes.byref(info),
                                             ctypes.sizeof(info))
            and kernel32.AssignProcessToJobObject(job, int(process._handle))):
        error = ctypes.WinError(ctypes.get_last_error())
        kernel32.CloseHandle(job)
        raise error
    return job


class _JobHooks(Hooks):
    def popen_kwargs(self) -> dict:
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP
                | subprocess.CREATE_NO_WINDOW}

    def contain(self, child: SpawnedChild, limits: dict) -> None:
        try:
            child.job = _job_for(child.process, int(limits["memory_mb"]))
        except OSError:
            super().contain(child, limits)

    def kill_tree(self, child: SpawnedChild) -> None:
        if child.job is None:
            super().kill_tree(child)
            return
        kernel32 = _kernel32()
        kernel32.TerminateJobObject(child.job, 1)
        kernel32.CloseHandle(child.job)
        child.job = None


def start_backend(launch: Launch) -> SpawnPool:
    pool = SpawnPool(launch, _JobHooks())
    pool.start()
    return pool


class Keys(LineKeys):
    """Single keys from the console, or whole lines when stdin is not one."""

    def __init__(self, stream: Any = None) -> None:
        super().__init__(stream)
        self.raw = self._stream is sys.stdin and sys.stdin.isatty()

    def read(self, timeout: float) -> str:
        if not self.raw:
            return super().read(timeout)
        import msvcrt

        deadline = time.monotonic() + timeout
        typed = ""
        while time.monotonic() < deadline:
            while msvcrt.kbhit():
                typed += msvcrt.getwch()
            if typed:
                return typed
            time.sleep(0.02)
        return typed


def environment(env: dict[str, str]) -> dict[str, str]:
    """What Python and NumPy need on Windows besides: the system folders, and PATH, where
    Anaconda's DLLs are found."""
    import os

    kept = {k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "PATH", "PATHEXT")
            if k in os.environ}
    return env | kept | {"TEMP": env["TMPDIR"], "TMP": env["TMPDIR"]}


def unprivileged_user(readable: list) -> None:
    return None


def prepare_worker(spec: dict) -> None:
    prepare_scratch(spec)
