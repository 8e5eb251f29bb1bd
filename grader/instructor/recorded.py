"""Reference answers recorded at release time and replayed in a released kit.

A released kit ships no `solutions/`, yet its hidden checks still ask `ref` for expected values.
At release, every assigned exercise is graded against the solutions for a few seeds with a
*recording* reference: `ref` is a transparent proxy over the real module that notes each
operation the check performs (attribute, call, item, attribute assignment), keyed by what the
check fed in, and the plain value that came back. In the released kit a *replaying* reference
answers the same operations from that record, so checks need no rewriting and give the same
feedback. `grade` there picks one of the recorded seeds (`--seed` must be one of them); the
random inputs a check draws from `rng` are then exactly the recorded ones.

- Keys are hashes of the operation and its arguments (arrays by dtype, shape and bytes; numbers
  by exact value; the check's own functions by qualified name). Objects the reference returns
  (a network, a layer) stay proxies whose key also encodes their history: calling a method, or
  passing the object to a call, moves it to a new state, so stateful code replays faithfully.
- Values are stored as plain data: a JSON index per exercise (`<id>.json`) and its arrays in
  `<id>.npz`, loaded with `allow_pickle=False`. Nothing is pickled, no code is shipped.
- Both modes hand the check copies of plain values, so a check that passes while recording
  behaves the same when replaying; the release verifies it by replaying the solutions.
- Limits: a check that feeds the learner's output into `ref` can only be replayed when that
  output is bit-for-bit the recorded one; otherwise the check fails with a message saying the
  answer was not recorded. An exercise that uses another is graded with the learner's own
  version of the one it uses (the released kit has no reference source to lend the worker).
"""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import secrets
import types
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from ..catalog import Exercise
from ..checks.api import CheckFailed
from ..errors import KitError
from ..i18n import _
from ..reference import SOLUTIONS, Reference
from ..workspace import write_atomically

RECORDED_DIR = Path(__file__).resolve().parents[1] / "checks" / "recorded"
INDEX = "index.json"
FORMAT = 1
_PLAIN = (type(None), bool, int, float, str)
_STATELESS = (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType)


class NotRecorded(CheckFailed):
    """The released kit has no recorded answer for what this check asked."""

    def __init__(self) -> None:
        super().__init__(_("The kit you were given has no recorded answer for this input, so "
                           "this check cannot judge it here. This usually means an earlier "
                           "result of your code differs from the reference; fix the other "
                           "failures first, or ask your instructor."))


def _hash(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def fingerprint(value: Any) -> Any:
    """What identifies an argument: exact values, array bytes, proxies by their state."""
    if isinstance(value, Node):
        return ["node", object.__getattribute__(value, "_key")]
    if isinstance(value, np.ndarray):
        if value.dtype.hasobject:
            return ["objarray", list(value.shape)]
        data = np.array(value, order="C", copy=True)
        digest = hashlib.sha256(data.tobytes()).hexdigest()
        return ["array", data.dtype.str, list(data.shape), digest]
    if isinstance(value, np.generic):
        return ["scalar", value.dtype.str, value.tobytes().hex()]
    if isinstance(value, float):
        return ["float", value.hex()]
    if isinstance(value, _PLAIN):
        return [type(value).__name__, value]
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, [fingerprint(v) for v in value]]
    if isinstance(value, dict):
        return ["dict", [[fingerprint(k), fingerprint(v)] for k, v in value.items()]]
    if callable(value):
        return ["callable", getattr(value, "__module__", ""), getattr(value, "__qualname__", "")]
    return ["object", type(value).__qualname__]


class Node:
    """A reference object seen by a check: module, function, class or instance."""

    __slots__ = ("_backend", "_key", "_owner", "_stateful", "_real")

    def __init__(self, backend: _Backend, key: str, owner: Node | None, stateful: bool,
                 real: Any = None) -> None:
        for name, value in (("_backend", backend), ("_key", key), ("_owner", owner),
                            ("_stateful", stateful), ("_real", real)):
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._backend.op(self, "getattr", name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._backend.op(self, "setattr", name, value)

    def __getitem__(self, key: Any) -> Any:
        return self._backend.op(self, "getitem", key)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._backend.op(self, "call", list(args), kwargs)

    def __repr__(self) -> str:
        return "<reference object>"


class _Backend:
    """What both modes share: keys, occurrence counts, state changes, decoding."""

    def __init__(self, table: dict[str, list], blobs: dict[str, np.ndarray]) -> None:
        self.table = table
        self.blobs = blobs
        self.seen: dict[str, int] = defaultdict(int)
        self.depth = 0

    def root(self, exercise: Exercise, real: Any = None) -> Node:
        return Node(self, _hash("module", exercise.id), None, False, real)

    def op(self, node: Node, kind: str, *payload: Any) -> Any:
        if self.depth:  # called back from inside a reference call: just do it
            return _perform(node._real, kind, _unwrap(payload))
        key = _hash(node._key, kind, fingerprint(list(payload)))
        occurrence = self.seen[key]
        self.seen[key] += 1
        try:
            entry = self.answer(node, kind, payload, key, occurrence)
        finally:
            self._advance(node, kind, payload, key)
        if "raise" in entry:
            name, message = entry["raise"]
            error = getattr(builtins, name, None)
            raise (error if isinstance(error, type) and issubclass(error, Exception)
                   else RuntimeError)(message)
        return self.decode(entry["value"], key, node if kind == "getattr" else None)

    def _advance(self, node: Node, kind: str, payload: tuple, key: str) -> None:
        """Objects a call touched move to a new state, so later keys follow their history."""
        if kind not in ("call", "setattr"):
            return
        touched = [v for v in _walk(payload) if isinstance(v, Node)]
        touched += [node] if kind == "setattr" else []
        touched += [node._owner] if node._owner is not None else []
        for other in touched:
            if other._stateful:
                object.__setattr__(other, "_key", _hash(other._key, "after", key))

    def answer(self, node: Node, kind: str, payload: tuple, key: str, occurrence: int) -> dict:
        raise NotImplementedError

    def make_node(self, key: str, owner: Node | None, stateful: bool, real: Any) -> Node:
        return Node(self, key, owner, stateful, real)

    def decode(self, data: Any, key: str, owner: Node | None, objects: dict | None = None) -> Any:
        if not isinstance(data, dict):
            return data
        if "t" in data or "l" in data:
            items = [self.decode(v, key, owner, objects) for v in data.get("t", data.get("l"))]
            return tuple(items) if "t" in data else items
        if "d" in data:
            return {self.decode(k, key, owner, objects): self.decode(v, key, owner, objects)
                    for k, v in data["d"]}
        if "a" in data:
            return self.blobs[data["a"]].copy()
        if "g" in data:
            return self.blobs[data["g"]][()]
        if "f" in data:
            return float(data["f"])
        if "n" in data:
            real = (objects or {}).get(data["n"])
            return self.make_node(data["n"], owner, bool(data.get("s")), real)
        raise ValueError("unknown entry in a recording")


def _walk(value: Any):
    yield value
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from _walk(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)


def _unwrap(value: Any) -> Any:
    if isinstance(value, Node):
        return value._real
    if isinstance(value, (list, tuple)):
        return type(value)(_unwrap(v) for v in value)
    if isinstance(value, dict):
        return {k: _unwrap(v) for k, v in value.items()}
    return value


def _perform(real: Any, kind: str, payload: tuple) -> Any:
    if kind == "getattr":
        return getattr(real, payload[0])
    if kind == "setattr":
        return setattr(real, payload[0], payload[1])
    if kind == "getitem":
        return real[payload[0]]
    return real(*payload[0], **payload[1])


class _Recorder(_Backend):
    def answer(self, node: Node, kind: str, payload: tuple, key: str, occurrence: int) -> dict:
        self.depth += 1
        try:
            value = _perform(node._real, kind, _unwrap(payload))
        except Exception as exc:
            entry = {"raise": [type(exc).__name__, str(exc)[:500]]}
            self.table.setdefault(key, []).append(entry)
            return entry
        finally:
            self.depth -= 1
        self._objects: dict[str, Any] = {}
        entry = {"value": self.encode(value, key, [])}
        self.table.setdefault(key, []).append(entry)
        return entry

    def decode(self, data: Any, key: str, owner: Node | None, objects: dict | None = None) -> Any:
        return super().decode(data, key, owner, objects or getattr(self, "_objects", {}))

    def encode(self, value: Any, key: str, path: list) -> Any:
        if isinstance(value, float) and not np.isfinite(value):
            return {"f": repr(value)}
        if isinstance(value, _PLAIN):
            return value
        if isinstance(value, np.ndarray) and not value.dtype.hasobject:
            return {"a": self._blob(np.array(value, order="C", copy=True))}
        if isinstance(value, np.generic) and not isinstance(value, np.object_):
            return {"g": self._blob(np.asarray(value))}
        if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
            tag = "t" if isinstance(value, tuple) else "l"
            return {tag: [self.encode(v, key, [*path, i]) for i, v in enumerate(value)]}
        if type(value) is dict:
            return {"d": [[self.encode(k, key, [*path, "k", i]), self.encode(v, key, [*path, i])]
                          for i, (k, v) in enumerate(value.items())]}
        sub = _hash(key, "value", path)
        self._objects[sub] = value
        return {"n": sub, "s": not isinstance(value, _STATELESS)}

    def _blob(self, array: np.ndarray) -> str:
        name = "b" + hashlib.sha256(
            array.dtype.str.encode() + str(array.shape).encode() + array.tobytes()).hexdigest()[:32]
        self.blobs[name] = array.copy()
        return name


class _Player(_Backend):
    def answer(self, node: Node, kind: str, payload: tuple, key: str, occurrence: int) -> dict:
        entries = self.table.get(key)
        if not entries:
            raise NotRecorded()
        return entries[min(occurrence, len(entries) - 1)]


class Recording:
    """Everything recorded during a release: per exercise, per seed, key → entries; arrays."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[int, dict[str, list]]] = defaultdict(dict)
        self.blobs: dict[str, dict[str, np.ndarray]] = defaultdict(dict)
        self.seeds: list[int] = []

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for exercise_id, by_seed in self.tables.items():
            tables = {str(seed): {k: _squeeze(v) for k, v in table.items()}
                      for seed, table in by_seed.items()}
            index = {"format": FORMAT, "exercise": exercise_id, "tables": tables}
            _write_bytes(folder / f"{exercise_id}.json", json.dumps(index).encode())
            buf = io.BytesIO()
            np.savez_compressed(buf, **self.blobs[exercise_id])
            _write_bytes(folder / f"{exercise_id}.npz", buf.getvalue())
        meta = {"format": FORMAT, "seeds": self.seeds, "exercises": sorted(self.tables)}
        _write_bytes(folder / INDEX, json.dumps(meta, indent=2).encode())


def _squeeze(entries: list) -> list:
    """A pure call repeated with the same answer is stored once."""
    return entries[:1] if all(e == entries[0] for e in entries) else entries


def _write_bytes(path: Path, data: bytes) -> None:
    # part of a kit handed out: readable like the files around it
    write_atomically(path, data, mode=0o644)


class RecordingReference(Reference):
    """The real solutions, with every answer noted into `recording` under `seed`."""

    def __init__(self, recording: Recording, seed: int, folder: Path = SOLUTIONS) -> None:
        super().__init__(folder)
        self.recording = recording
        self.seed = seed

    def pick_seed(self, seed: int | None) -> int:
        return self.seed

    def serves(self, exercise: Exercise) -> bool:
        return False  # the solutions' own versions, as the released kit will use them

    def module(self, exercise: Exercise) -> Any:
        table = self.recording.tables[exercise.id].setdefault(self.seed, {})
        backend = _Recorder(table, self.recording.blobs[exercise.id])
        return backend.root(exercise, super().module(exercise))


class ReplayReference(Reference):
    """The answers recorded at release, for a kit without solutions."""

    def __init__(self, folder: Path = RECORDED_DIR) -> None:
        super().__init__(folder)
        meta = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        self.seeds: list[int] = [int(s) for s in meta["seeds"]]
        self.recorded: set[str] = set(meta["exercises"])
        self.seed = self.seeds[0] if self.seeds else 0

    @property
    def available(self) -> bool:
        return False  # no reference solutions in this kit

    def serves(self, exercise: Exercise) -> bool:
        return False  # no reference to run: the learner's own versions are used

    def pick_seed(self, seed: int | None) -> int:
        if seed is None:
            self.seed = self.seeds[secrets.randbelow(len(self.seeds))]
        elif seed in self.seeds:
            self.seed = seed
        else:
            raise KitError(_("This kit holds answers for the seeds {seeds} only; choose one of "
                             "them with --seed, or leave --seed out.").format(
                seeds=", ".join(str(s) for s in self.seeds)))
        return self.seed

    def module(self, exercise: Exercise) -> Any:
        if exercise.id not in self.recorded:
            raise CheckFailed(_("{id} is not part of the assignment this kit was made for, so "
                                "its answers were not included and it cannot be graded here.")
                              .format(id=exercise.id))
        index = json.loads((self.folder / f"{exercise.id}.json").read_text(encoding="utf-8"))
        if index.get("format") != FORMAT:
            raise CheckFailed(_("The recorded answers of {id} were made by another version of "
                                "the kit; ask your instructor for a fresh copy.").format(
                id=exercise.id))
        with np.load(self.folder / f"{exercise.id}.npz", allow_pickle=False) as data:
            blobs = {name: data[name] for name in data.files}
        table = index["tables"].get(str(self.seed), {})
        return _Player(table, blobs).root(exercise)


def recorded_reference() -> ReplayReference | None:
    """The replaying reference of a released kit (one without solutions), if this is one."""
    if (RECORDED_DIR / INDEX).is_file():
        return ReplayReference(RECORDED_DIR)
    return None
