"""Leaves a busy thread and (if it can) a child process behind, hoping one outlives its exercise
and disturbs the next."""
import os
import threading
import time


def _spin():
    while True:
        time.sleep(0.01)


try:
    threading.Thread(target=_spin, daemon=False).start()
except (RuntimeError, OSError):
    pass
try:
    if os.fork() == 0:
        os.setsid()
        while True:
            time.sleep(0.01)
except (OSError, AttributeError, PermissionError):
    pass


def AND(x1, x2):
    return 0
