"""The wire format between the grader and the worker: JSON frames plus `.npy` blobs.

A frame is an 8-byte big-endian length, a JSON header and the blobs it lists. Values are
plain data only: None, bool, int, float, str, list, tuple, str-keyed dict, NumPy arrays and
scalars (as `.npy`, read back with `allow_pickle=False` after the header's dtype and size are
checked), object handles `{"$obj": id}` and, from grader to worker, named functions
`{"$fn": name}`. Nothing is ever pickled.
"""

from __future__ import annotations

import io
import json
import os
import select
import struct
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_HEADER_BYTES = 8 * 2**20
MAX_BLOB_BYTES = 512 * 2**20
MAX_DEPTH = 32
_ALLOWED_KINDS = set("biufc")  # bool, signed, unsigned, float, complex
_LEN = struct.Struct(">Q")


class ProtocolError(Exception):
    """The other side sent something that is not a well-formed, acceptable frame."""


@dataclass(frozen=True)
class Handle:
    """An object that stays in the worker, named by its id."""

    id: int
    type_name: str
    is_callable: bool


@dataclass(frozen=True)
class RemoteFunction:
    """A function the worker builds from its own registry (`grader.sandbox.functions`)."""

    name: str
    args: tuple = ()


# ---------------------------------------------------------------- encoding


def _npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array, allow_pickle=False)
    return buf.getvalue()


class Encoder:
    """Turns a value into JSON-able data plus blobs; `on_object` decides for anything else."""

    def __init__(self, on_object) -> None:
        self.blobs: list[bytes] = []
        self.on_object = on_object

    def blob(self, array: np.ndarray) -> int:
        self.blobs.append(_npy_bytes(array))
        return len(self.blobs) - 1

    def encode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ProtocolError("value nested too deeply")
        if value is None or type(value) in (bool, int, float, str):
            return value
        if isinstance(value, np.ndarray):
            plain = np.array(value, copy=True, subok=False)
            if plain.dtype.kind not in _ALLOWED_KINDS:
                raise ProtocolError(f"an array of dtype {plain.dtype} cannot be sent")
            tag = {"$nd": self.blob(plain)}
            if type(value) is not np.ndarray:
                tag["cls"] = type(value).__name__
            return tag
        if isinstance(value, np.generic) and value.dtype.kind in _ALLOWED_KINDS:
            return {"$sc": self.blob(np.asarray(value))}
        if type(value) is tuple:
            return {"$tuple": [self.encode(v, depth + 1) for v in value]}
        if type(value) is list:
            return [self.encode(v, depth + 1) for v in value]
        if type(value) is dict and all(type(k) is str for k in value):
            return {"$dict": {k: self.encode(v, depth + 1) for k, v in value.items()}}
        if isinstance(value, Handle):
            return {"$obj": value.id}
        if isinstance(value, RemoteFunction):
            return {"$fn": value.name, "args": [self.encode(a, depth + 1) for a in value.args]}
        return self.on_object(value)


def _refuse_object(value: Any) -> Any:
    raise ProtocolError(f"cannot send a {type(value).__name__}")


# ---------------------------------------------------------------- decoding


def load_npy(data: bytes, max_bytes: int = MAX_BLOB_BYTES) -> np.ndarray:
    """Read one `.npy` blob, refusing object dtypes and sizes that do not add up."""
    f = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
        else:
            raise ProtocolError(f"unsupported .npy version {version}")
    except ValueError as exc:
        raise ProtocolError(f"bad .npy header: {exc}") from exc
    if dtype.hasobject or dtype.kind not in _ALLOWED_KINDS or dtype.fields is not None:
        raise ProtocolError(f"refused dtype {dtype}")
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    size = count * dtype.itemsize
    if size > max_bytes or size != len(data) - f.tell():
        raise ProtocolError("array size does not match its header")
    f.seek(0)
    return np.load(f, allow_pickle=False)


class Decoder:
    def __init__(self, blobs: list[bytes], on_handle, on_function=None) -> None:
        self.blobs = blobs
        self.on_handle = on_handle
        self.on_function = on_function

    def decode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ProtocolError("value nested too deeply")
        if value is None or type(value) in (bool, int, float, str):
            return value
        if type(value) is list:
            return [self.decode(v, depth + 1) for v in value]
        if type(value) is not dict or len(value) == 0:
            raise ProtocolError("unexpected value")
        if "$nd" in value:
            return load_npy(self._blob(value["$nd"]))
        if "$sc" in value:
            array = load_npy(self._blob(value["$sc"]))
            if array.shape != ():
                raise ProtocolError("a scalar must have shape ()")
            return array[()]
        if "$tuple" in value:
            return tuple(self.decode(v, depth + 1) for v in value["$tuple"])
        if "$dict" in value:
            return {str(k): self.decode(v, depth + 1) for k, v in value["$dict"].items()}
        if "$obj" in value:
            return self.on_handle(value)
        if "$fn" in value and self.on_function is not None:
            args = tuple(self.decode(a, depth + 1) for a in value.get("args", []))
            return self.on_function(str(value["$fn"]), args)
        raise ProtocolError("unknown tag")

    def _blob(self, index: Any) -> bytes:
        if type(index) is not int or not 0 <= index < len(self.blobs):
            raise ProtocolError("bad blob index")
        return self.blobs[index]


# ---------------------------------------------------------------- framing


def pack(header: dict, blobs: list[bytes]) -> bytes:
    header = dict(header, blobs=[len(b) for b in blobs])
    body = json.dumps(header, allow_nan=True).encode()
    return _LEN.pack(len(body)) + body + b"".join(blobs)


def write_frame(fd: int, header: dict, blobs: list[bytes] = ()) -> None:
    data = memoryview(pack(header, list(blobs)))
    while data:
        written = os.write(fd, data)
        data = data[written:]


def read_exact(fd: int, n: int, deadline: float | None = None) -> bytes:
    """Read `n` bytes; past `deadline` (a `time.monotonic()` value) raise TimeoutError."""
    chunks = []
    while n:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, deadline: float | None = None) -> tuple[dict, list[bytes]]:
    def read(fd: int, n: int) -> bytes:
        return read_exact(fd, n, deadline)

    (length,) = _LEN.unpack(read(fd, _LEN.size))
    if length > MAX_HEADER_BYTES:
        raise ProtocolError("header too large")
    try:
        header = json.loads(read(fd, length))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProtocolError("header is not JSON") from exc
    sizes = header.get("blobs", []) if isinstance(header, dict) else None
    if not isinstance(sizes, list) or not all(type(s) is int and s >= 0 for s in sizes):
        raise ProtocolError("bad blob list")
    if sum(sizes) > MAX_BLOB_BYTES:
        raise ProtocolError("frame too large")
    return header, [read(fd, s) for s in sizes]
