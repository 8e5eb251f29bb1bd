"""The wire format between the grader and a worker: frames of a JSON header and `.npy` blobs.

A frame is an 8-byte big-endian length, a JSON header and the blobs its `"blobs"` list sizes.
Values are plain data only: None, bool, int, float, str, list, tuple, str-keyed dict, NumPy
arrays and scalars (as `.npy`, read back with `allow_pickle=False` after the header's dtype and
size are checked), object handles `{"$obj": id}` and, from grader to worker, named functions
`{"$fn": name}`. Nothing is ever pickled.

The worker runs the learner's code, so nothing it sends is trusted: a frame is bounded in size,
its integers in magnitude, its strings in length (and re-encoded, so a lone surrogate becomes
U+FFFD), its values in depth. Anything else is a `ProtocolError`, which the grader reports as the
learner's crash, never as its own.

Arrays can also be *shared* (`SharedArrays`): when the learner's code calls a reference
dependency that lives in the grader, the arrays crossing keep their identity on both sides and a
change made in place on one side is sent to the other with the next frame, so a layer built on
`net.params["W1"]` sees the training step that changed it, as it would in one process.
"""

from __future__ import annotations

import io
import json
import math
import struct
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

import numpy as np

MAX_HEADER_BYTES = 16 * 2**20
MAX_BLOB_BYTES = 512 * 2**20
MAX_DEPTH = 32
MAX_INT = 2**64
MAX_STRING = 2**20
SHARED_MAX_BYTES = 64 * 2**20  # bigger arrays cross by value (a copy), never shared
_ALLOWED_KINDS = set("biufc")  # bool, signed, unsigned, float, complex
_TYPES = {bool: "bool", int: "int", float: "float", complex: "complex"} | {
    t: np.dtype(t).str for t in (np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8,
                                 np.uint16, np.uint32, np.uint64, np.float16, np.float32,
                                 np.float64, np.complex64, np.complex128)}
_TYPES_BY_NAME = {"bool": bool, "int": int, "float": float, "complex": complex}
_LEN = struct.Struct(">Q")


class ProtocolError(Exception):
    """The other side sent something that is not a well-formed, acceptable frame."""


@dataclass(frozen=True)
class Handle:
    """An object that stays on the other side, named by its id."""

    id: int
    type_name: str
    is_callable: bool


@dataclass(frozen=True)
class RemoteFunction:
    """A function the worker builds from its own registry (`grader.sandbox.functions`)."""

    name: str
    args: tuple = ()


# ---------------------------------------------------------------- untrusted text and numbers


def clean_text(text: str, limit: int = MAX_STRING) -> str:
    """`text` as valid Unicode (lone surrogates become U+FFFD), at most `limit` characters."""
    if len(text) > limit:
        text = text[:limit]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _sanitized(value: Any, depth: int = 0) -> Any:
    """A parsed JSON value with every string cleaned, every integer bounded, depth limited."""
    if depth > MAX_DEPTH + 4:
        raise ProtocolError("header nested too deeply")
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        if not -MAX_INT < value < MAX_INT:
            raise ProtocolError("integer too large")
        return value
    if isinstance(value, list):
        return [_sanitized(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): _sanitized(v, depth + 1) for k, v in value.items()}
    raise ProtocolError("unexpected JSON value")


def parse_header(data: bytes) -> dict:
    try:
        header = json.loads(data)
    except (ValueError, RecursionError) as exc:  # bad JSON, huge integers, absurd nesting
        raise ProtocolError("header is not acceptable JSON") from exc
    if not isinstance(header, dict):
        raise ProtocolError("header is not an object")
    return _sanitized(header)


# ---------------------------------------------------------------- arrays


def npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array, allow_pickle=False)
    return buf.getvalue()


def load_npy(data: bytes, max_bytes: int = MAX_BLOB_BYTES) -> np.ndarray:
    """Read one `.npy` blob, refusing object dtypes and sizes that do not add up."""
    f = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, _fortran, dtype = np.lib.format.read_array_header_1_0(f)
        elif version == (2, 0):
            shape, _fortran, dtype = np.lib.format.read_array_header_2_0(f)
        else:
            raise ProtocolError(f"unsupported .npy version {version}")
    except (ValueError, TypeError, SyntaxError) as exc:
        raise ProtocolError(f"bad .npy header: {str(exc)[:200]}") from exc
    if dtype.hasobject or dtype.kind not in _ALLOWED_KINDS or dtype.fields is not None:
        raise ProtocolError(f"refused dtype {dtype}")
    size = math.prod(shape) * dtype.itemsize
    if size > max_bytes or size != len(data) - f.tell():
        raise ProtocolError("array size does not match its header")
    f.seek(0)
    return np.load(f, allow_pickle=False)


def _dtype(text: object) -> np.dtype:
    """A plain numeric dtype from its name (`"<f4"`), nothing else."""
    try:
        dtype = np.dtype(str(text)[:20])
    except TypeError as exc:
        raise ProtocolError("bad dtype") from exc
    if dtype.kind not in _ALLOWED_KINDS or dtype.fields is not None or dtype.hasobject:
        raise ProtocolError(f"refused dtype {dtype}")
    return dtype


class SharedArrays:
    """Arrays that keep their identity across the boundary, and are kept in step at each frame.

    The side that sends an array first owns it and numbers it (the grader even ids, the worker
    odd ones); it holds its array weakly, and tells the other side when it is gone (`released`),
    while the other side holds its copy until then, so the owner may name it by id at any time.
    Each side keeps a snapshot of every shared array as last sent or received; before each frame
    it sends those that changed since (`updates`), and the other side writes them into its copy
    in place (`apply`).
    """

    def __init__(self, parity: int) -> None:
        self._next = 2 + parity
        self._owned: dict[int, weakref.ref] = {}
        self._received: dict[int, np.ndarray] = {}
        self._snapshots: dict[int, np.ndarray] = {}
        self._ids: dict[int, int] = {}  # id(array) -> shared id
        self._released: list[int] = []

    def __len__(self) -> int:
        return len(self._owned) + len(self._received)

    def _array(self, key: int) -> np.ndarray | None:
        if key in self._received:
            return self._received[key]
        ref = self._owned.get(key)
        return ref() if ref is not None else None

    def lookup(self, array: np.ndarray) -> int | None:
        key = self._ids.get(id(array))
        return key if key is not None and self._array(key) is array else None

    def mine(self, key: int) -> bool:
        return key % 2 == self._next % 2

    def add(self, array: np.ndarray) -> int:
        key = self._next
        self._next += 2

        def gone(_ref: weakref.ref, key: int = key, address: int = id(array)) -> None:
            self._owned.pop(key, None)
            self._snapshots.pop(key, None)
            if self._ids.get(address) == key:
                del self._ids[address]
            self._released.append(key)

        self._owned[key] = weakref.ref(array, gone)
        self._snapshots[key] = array.copy()
        self._ids[id(array)] = key
        return key

    def receive(self, key: int, array: np.ndarray) -> np.ndarray:
        """An array the other side sends: ours coming back (the original, if we still hold it),
        or one of theirs, new or sent again."""
        if self.mine(key):
            original = self._array(key)
            return original if original is not None else array
        if key in self._received:
            return self._received[key]
        self._received[key] = array
        self._snapshots[key] = array.copy()
        self._ids[id(array)] = key
        return array

    def get(self, key: int) -> np.ndarray:
        array = self._array(key) if type(key) is int else None
        if array is None:
            raise ProtocolError("unknown shared array")
        return array

    def released(self) -> list[int]:
        """Our arrays that are gone since the last frame: the other side may drop its copies."""
        gone, self._released = self._released, []
        return gone

    def forget(self, keys: Any) -> None:
        """The other side's arrays that it no longer holds."""
        for key in keys if isinstance(keys, list) else []:
            array = self._received.pop(key, None) if type(key) is int else None
            if array is not None:
                self._snapshots.pop(key, None)
                if self._ids.get(id(array)) == key:
                    del self._ids[id(array)]

    def updates(self) -> dict[int, np.ndarray]:
        """The shared arrays that changed in place since they last crossed."""
        changed = {}
        for key in [*self._owned, *self._received]:
            array = self._array(key)
            snapshot = self._snapshots.get(key)
            if array is None or snapshot is None:
                continue
            if array.shape != snapshot.shape or not np.array_equal(array, snapshot,
                                                                   equal_nan=True):
                changed[key] = array
                self._snapshots[key] = array.copy()
        return changed

    def apply(self, key: int, value: np.ndarray) -> None:
        """Write the other side's change into our copy, in place (unknown ids: already gone)."""
        array = self._array(key)
        if array is None:
            return
        if value.shape != array.shape:
            raise ProtocolError("a shared array changed its shape")
        array[...] = value
        self._snapshots[key] = array.copy()


def shareable(array: np.ndarray) -> bool:
    return type(array) is np.ndarray and array.nbytes <= SHARED_MAX_BYTES and array.flags.writeable


# ---------------------------------------------------------------- encoding


class Encoder:
    """Turns a value into JSON-able data plus blobs; `on_object` decides for anything else."""

    def __init__(self, on_object: Callable[[Any], Any], shared: SharedArrays | None = None) -> None:
        self.blobs: list[bytes] = []
        self.on_object = on_object
        self.shared = shared

    def blob(self, array: np.ndarray) -> int:
        self.blobs.append(npy_bytes(array))
        return len(self.blobs) - 1

    def _array(self, value: np.ndarray) -> dict:
        if self.shared is not None and shareable(value):
            key = self.shared.lookup(value)
            if key is not None and self.shared.mine(key):
                return {"$sh": key}
            if key is not None:  # theirs: sent again, in case they no longer hold it
                return {"$sh": key, "$nd": self.blob(value)}
            return {"$sh": self.shared.add(value), "$nd": self.blob(value)}
        plain = np.array(value, copy=True, subok=False)
        if plain.dtype.kind not in _ALLOWED_KINDS or plain.dtype.fields is not None:
            raise ProtocolError(f"an array of dtype {plain.dtype} cannot be sent")
        tag = {"$nd": self.blob(plain)}
        if type(value) is not np.ndarray:
            tag["cls"] = type(value).__name__
        return tag

    def encode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ProtocolError("value nested too deeply")
        if value is None or type(value) in (bool, float, str):
            return value
        if type(value) is int:
            if not -MAX_INT < value < MAX_INT:
                raise ProtocolError("integer too large to send")
            return value
        if isinstance(value, np.ndarray):
            if value.dtype.kind not in _ALLOWED_KINDS:
                raise ProtocolError(f"an array of dtype {value.dtype} cannot be sent")
            return self._array(value)
        if isinstance(value, np.generic) and value.dtype.kind in _ALLOWED_KINDS:
            return {"$sc": self.blob(np.asarray(value))}
        if isinstance(value, np.dtype) and value.kind in _ALLOWED_KINDS and not value.fields:
            return {"$dtype": value.str}
        if isinstance(value, type) and value in _TYPES:
            return {"$type": _TYPES[value]}
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

    def sync(self, shared: SharedArrays) -> dict:
        """The header entries that keep shared arrays in step: those changed in place since
        they crossed, and those of ours that are gone."""
        if not shared:
            return {}
        entries: dict = {}
        changed = {str(key): self.blob(array) for key, array in shared.updates().items()}
        if changed:
            entries["sync"] = changed
        released = shared.released()
        if released:
            entries["unshare"] = released
        return entries


# ---------------------------------------------------------------- decoding


class Decoder:
    def __init__(self, blobs: list[bytes], on_handle: Callable[[dict], Any],
                 on_function: Callable[[str, tuple], Any] | None = None,
                 shared: SharedArrays | None = None) -> None:
        self.blobs = blobs
        self.on_handle = on_handle
        self.on_function = on_function
        self.shared = shared

    def decode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ProtocolError("value nested too deeply")
        if value is None or type(value) in (bool, int, float, str):
            return value
        if type(value) is list:
            return [self.decode(v, depth + 1) for v in value]
        if type(value) is not dict or len(value) == 0:
            raise ProtocolError("unexpected value")
        if "$sh" in value:
            return self._shared(value)
        if "$nd" in value:
            return load_npy(self._blob(value["$nd"]))
        if "$sc" in value:
            array = load_npy(self._blob(value["$sc"]))
            if array.shape != ():
                raise ProtocolError("a scalar must have shape ()")
            return array[()]
        if "$dtype" in value:
            return _dtype(value["$dtype"])
        if "$type" in value:
            return _TYPES_BY_NAME.get(value["$type"]) or _dtype(value["$type"]).type
        if "$tuple" in value and type(value["$tuple"]) is list:
            return tuple(self.decode(v, depth + 1) for v in value["$tuple"])
        if "$dict" in value and type(value["$dict"]) is dict:
            return {str(k): self.decode(v, depth + 1) for k, v in value["$dict"].items()}
        if "$obj" in value or "$ref" in value:
            return self.on_handle(value)
        if "$fn" in value and self.on_function is not None:
            args = value.get("args", [])
            if type(args) is not list:
                raise ProtocolError("bad function arguments")
            return self.on_function(str(value["$fn"]), tuple(self.decode(a, depth + 1)
                                                             for a in args))
        raise ProtocolError("unknown tag")

    def _shared(self, value: dict) -> np.ndarray:
        key = value["$sh"]
        if self.shared is None or type(key) is not int:
            raise ProtocolError("unexpected shared array")
        if "$nd" in value:
            return self.shared.receive(key, load_npy(self._blob(value["$nd"])))
        return self.shared.get(key)

    def _blob(self, index: Any) -> bytes:
        if type(index) is not int or not 0 <= index < len(self.blobs):
            raise ProtocolError("bad blob index")
        return self.blobs[index]

    def apply_sync(self, header: dict) -> None:
        """Keep shared arrays in step with the other side (see `Encoder.sync`), before decoding
        the rest of its frame."""
        sync = header.get("sync")
        if self.shared is None:
            if sync or header.get("unshare"):
                raise ProtocolError("unexpected shared arrays")
            return
        if sync:
            if type(sync) is not dict:
                raise ProtocolError("bad shared arrays")
            for key, index in sync.items():
                if not key.isdigit():
                    raise ProtocolError("bad shared array id")
                self.shared.apply(int(key), load_npy(self._blob(index)))
        self.shared.forget(header.get("unshare"))


# ---------------------------------------------------------------- framing


def pack(header: dict, blobs: list[bytes]) -> bytes:
    header = dict(header, blobs=[len(b) for b in blobs])
    body = json.dumps(header, allow_nan=True, ensure_ascii=True).encode("ascii")
    return _LEN.pack(len(body)) + body + b"".join(blobs)


def write_frame(stream: BinaryIO, header: dict, blobs: list[bytes] | tuple = ()) -> None:
    stream.write(pack(header, list(blobs)))
    stream.flush()


def read_exact(stream: BinaryIO, n: int) -> bytes:
    """Exactly `n` bytes (EOFError when the other side has gone)."""
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        count = stream.readinto(view[got:])
        if not count:
            raise EOFError
        got += count
    return bytes(buf)


def read_frame(stream: BinaryIO) -> tuple[dict, list[bytes]]:
    (length,) = _LEN.unpack(read_exact(stream, _LEN.size))
    if length > MAX_HEADER_BYTES:
        raise ProtocolError("header too large")
    header = parse_header(read_exact(stream, length))
    sizes = header.get("blobs", [])
    if not isinstance(sizes, list) or not all(type(s) is int and s >= 0 for s in sizes):
        raise ProtocolError("bad blob list")
    if sum(sizes) > MAX_BLOB_BYTES:
        raise ProtocolError("frame too large")
    return header, [read_exact(stream, s) for s in sizes]
