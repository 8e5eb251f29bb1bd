"""Finding the learner's workspace, and the small state file it keeps (`.nnkata/state.json`)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

STATE_DIR = ".nnkata"
STATE_FILE = "state.json"


class WorkspaceNotFound(FileNotFoundError):
    def __init__(self, path: Path | None) -> None:
        super().__init__(str(path))
        self.path = path


def find_workspace(explicit: Path | None = None, start: Path | None = None) -> Path:
    """`--workspace` if given, else the first `exercises/` folder from here upward."""
    if explicit is not None:
        if not explicit.is_dir():
            raise WorkspaceNotFound(explicit)
        return explicit.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "exercises"
        if candidate.is_dir():
            return candidate
    raise WorkspaceNotFound(None)


def write_atomically(path: Path, data: str) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class State:
    """What the kit remembers about a workspace: hint levels reached and the last verdicts."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace / STATE_DIR / STATE_FILE
        self.data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data = loaded
        except (OSError, ValueError):
            self.data = {}

    @property
    def language(self) -> str | None:
        """The language the learner chose for this workspace (`grade init --lang`), if any."""
        lang = self.data.get("lang")
        return lang if isinstance(lang, str) else None

    def hint_level(self, exercise_id: str, hint_key: str) -> int:
        level = self.data.get("hints", {}).get(exercise_id, {}).get(hint_key, 0)
        return level if isinstance(level, int) else 0

    def set_hint_level(self, exercise_id: str, hint_key: str, level: int) -> None:
        self.data.setdefault("hints", {}).setdefault(exercise_id, {})[hint_key] = level

    def record(self, exercise_id: str, passed: bool, score: float, when: str) -> None:
        self.data.setdefault("last", {})[exercise_id] = {
            "passed": passed, "score": score, "when": when}

    def last(self, exercise_id: str) -> dict | None:
        entry = self.data.get("last", {}).get(exercise_id)
        return entry if isinstance(entry, dict) else None

    def save(self) -> bool:
        """Save if the workspace is writable; a read-only workspace just forgets."""
        try:
            write_atomically(self.path, json.dumps(self.data, indent=2, sort_keys=True))
        except OSError:
            return False
        return True
