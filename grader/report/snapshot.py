"""What the class report needs from a student's workspace besides the verdict, kept while
`grade batch` has the workspace at hand (a zip is unpacked only to be graded).

`students/<name>/snapshot.json` holds, per graded exercise, the learner's module (its text and
its normalised tokens, for the similarity search) and what their `.nnkata/state.json` says of
it (attempts, hint levels reached). It carries the fingerprint of the grading it belongs to, so
a snapshot left over from an earlier run is never read as this one's.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..catalog import Exercise
from ..workspace import State, write_atomically
from .normalise import Tokens, normalise

SNAPSHOT = "snapshot.json"
FORMAT = 1  # bump whenever `normalise` words code differently: older tokens are made again
MAX_SOURCE_BYTES = 256 * 1024  # far above any honest module; a bigger file is not compared


@dataclass
class ExerciseWork:
    source: str | None = None
    tokens: Tokens | None = None
    attempts: int | None = None
    hints: int | None = None


@dataclass
class Snapshot:
    fingerprint: str
    exercises: dict[str, ExerciseWork] = field(default_factory=dict)


def _source(path: Path) -> str | None:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _entry(workspace: Path, exercise: Exercise, state: State) -> dict:
    source = _source(workspace / exercise.module_path)
    entry: dict = {"source": source}
    if source is not None:
        entry |= normalise(source).to_json()
    last = state.last(exercise.id) or {}
    entry["attempts"] = _count(last.get("attempts"))
    levels = state.hint_levels(exercise.id)
    entry["hints"] = sum(levels.values()) if levels else (0 if state.data else None)
    return entry


def save_snapshot(folder: Path, workspace: Path, exercises: Iterable[Exercise],
                  fingerprint: str) -> None:
    """Write the student's snapshot; a problem only means the report lacks it, so nothing here
    may cost the student their grade."""
    try:
        state = State(workspace)
        data = {"format": FORMAT, "fingerprint": fingerprint,
                "exercises": {e.id: _entry(workspace, e, state) for e in exercises}}
        write_atomically(folder / SNAPSHOT, json.dumps(data, ensure_ascii=False))
    except Exception:  # noqa: BLE001 - the grade matters more than the report
        with contextlib.suppress(OSError):  # an older snapshot would not match anyway
            (folder / SNAPSHOT).unlink(missing_ok=True)


def _work(raw: dict, current: bool) -> ExerciseWork:
    """One exercise's work; tokens written by another version of the kit are made again."""
    source = raw.get("source")
    tokens = None
    if isinstance(source, str):
        try:
            tokens = Tokens.from_json(raw) if current else normalise(source)
        except (TypeError, ValueError):
            tokens = normalise(source)
    return ExerciseWork(source if isinstance(source, str) else None, tokens,
                        _count(raw.get("attempts")), _count(raw.get("hints")))


def load_snapshot(folder: Path, fingerprint: str | None) -> Snapshot | None:
    """The student's snapshot, if there is one written by the grading of `fingerprint`."""
    try:
        data = json.loads((folder / SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint or not fingerprint:
        return None
    exercises = data.get("exercises")
    if not isinstance(exercises, dict):
        return None
    current = data.get("format") == FORMAT
    return Snapshot(fingerprint, {str(k): _work(v, current) for k, v in exercises.items()
                                  if isinstance(v, dict)})
