"""Writes forged replies on every descriptor it has: error details of the wrong types, a
5,000-digit integer, a lone surrogate, absurd nesting, a frame that lies about its size."""
import json
import os
import struct


def _frame(header):
    body = header if isinstance(header, bytes) else json.dumps(header).encode()
    return struct.pack(">Q", len(body)) + body


FORGED = [
    _frame({"kind": "reply", "ok": False, "error": {"kind": "timeout", "seconds": "forever",
                                                     "frames": "none", "returncode": []}}),
    _frame(b'{"kind": "reply", "ok": true, "value": ' + b"9" * 5000 + b"}"),
    _frame(b'{"kind": "reply", "ok": true, "value": "\\udc80\\ud800"}'),
    _frame(b'{"kind": "reply", "ok": true, "value": ' + b"[" * 100000 + b"]" * 100000 + b"}"),
    struct.pack(">Q", 2**40) + b"{}",
]


def AND(x1, x2):
    for fd in range(0, 64):
        for frame in FORGED:
            try:
                os.write(fd, frame)
            except OSError:
                pass
    return 0


def OR(x1, x2):
    return "\udc80 lone surrogate \ud800"
