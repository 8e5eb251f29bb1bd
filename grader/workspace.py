"""Finding the learner's workspace, and the small state file it keeps (`.nnkata/state.json`)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .i18n import LANGUAGES

STATE_DIR = ".nnkata"
STATE_FILE = "state.json"
MARKER_FILE = "workspace"  # in STATE_DIR: this folder is a workspace made by `grade init`
# In STATE_DIR: the workspace's language, on its own, so that every command can read it before
# anything else (a damaged state file, and the advice to delete it, do not lose it).
LANGUAGE_FILE = "language"


class StateFileDamaged(ValueError):
    """The state file exists but is not readable JSON of the expected shape."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class WorkspaceNotFound(FileNotFoundError):
    def __init__(self, path: Path | None) -> None:
        super().__init__(str(path))
        self.path = path


def find_workspace(explicit: Path | None = None, start: Path | None = None) -> Path:
    """`--workspace` if given, else from here upward the first folder made by `grade init` or
    holding an `exercises/` folder."""
    if explicit is not None:
        if not explicit.is_dir():
            raise WorkspaceNotFound(explicit)
        return explicit.resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / STATE_DIR / MARKER_FILE).is_file():
            return folder
        candidate = folder / "exercises"
        if candidate.is_dir():
            return candidate
    raise WorkspaceNotFound(None)


def workspace_language(workspace: Path) -> str | None:
    """The language chosen for `workspace` (`grade init --lang`), if any: from its language
    file, else from the `lang` of its state file (workspaces made before that file existed),
    read leniently: this never fails."""
    folder = workspace / STATE_DIR
    try:
        lang = (folder / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, ValueError):
        try:
            data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        lang = data.get("lang") if isinstance(data, dict) else None
    return lang if lang in LANGUAGES else None


@contextmanager
def file_atomically(path: Path, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary file beside `path` to write; it becomes `path` (with `mode`, if
    given) only when the block ends well, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if mode is not None:
            tmp.chmod(mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: str | bytes, mode: int | None = None) -> None:
    """Write text (UTF-8) or bytes next to the target and rename it into place."""
    with file_atomically(path, mode) as tmp:
        if isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            tmp.write_text(data, encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def folder_atomically(target: Path) -> Iterator[Path]:
    """Yield a new folder beside `target` to fill, then rename it to `target` (absent or empty):
    `target` ends up complete or untouched, never half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    try:
        staging.chmod(0o777 & ~_umask())  # mkdtemp's folder is private; the result is not
        yield staging
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class State:
    """What the kit remembers about a workspace: hint levels reached and the last verdicts."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace / STATE_DIR / STATE_FILE
        self.data: dict[str, Any] = {}
        self.damage: str | None = None  # why an existing state file could not be read
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self.damage = str(exc)
            return
        except RecursionError:  # JSON nested thousands of levels deep
            self.damage = "nested too deeply to be read"
            return
        if not isinstance(loaded, dict) or not all(
                isinstance(loaded.get(key, {}), dict) for key in ("hints", "last")):
            self.damage = "not a JSON object with “hints” and “last” tables"
            return
        self.data = loaded

    def require_intact(self) -> State:
        """This state, or `StateFileDamaged` when the file exists but cannot be read."""
        if self.damage is not None:
            raise StateFileDamaged(self.path, self.damage)
        return self

    @property
    def language(self) -> str | None:
        """The language the learner chose for this workspace (`grade init --lang`), if any."""
        return workspace_language(self.path.parent.parent)

    def hint_levels(self, exercise_id: str) -> dict[str, int]:
        """Hint key -> the level the learner has reached for this exercise."""
        levels = self.data.get("hints", {}).get(exercise_id)
        if not isinstance(levels, dict):
            return {}
        return {k: v for k, v in levels.items() if isinstance(v, int) and not isinstance(v, bool)}

    def hint_level(self, exercise_id: str, hint_key: str) -> int:
        return self.hint_levels(exercise_id).get(hint_key, 0)

    def set_hint_level(self, exercise_id: str, hint_key: str, level: int) -> None:
        hints = self.data.setdefault("hints", {})
        if not isinstance(hints.get(exercise_id), dict):
            hints[exercise_id] = {}
        hints[exercise_id][hint_key] = level

    def record(self, exercise_id: str, passed: bool, score: float, when: str,
               digest: str | None = None) -> None:
        attempts = (self.last(exercise_id) or {}).get("attempts", 0)
        self.data.setdefault("last", {})[exercise_id] = {
            "passed": passed, "score": score, "when": when, "digest": digest,
            "attempts": (attempts if isinstance(attempts, int) else 0) + 1}

    def record_verdicts(self, results: Iterable[Any]) -> bool:
        """Remember each exercise result (`id`, `passed`, `score`, and the `digest` of the file
        graded) as of now, and save; whether it could be saved."""
        when = datetime.now(UTC).isoformat(timespec="seconds")
        for result in results:
            self.record(result.id, result.passed, result.score, when,
                        getattr(result, "digest", None))
        return self.save()

    def last(self, exercise_id: str) -> dict | None:
        entry = self.data.get("last", {}).get(exercise_id)
        return entry if isinstance(entry, dict) else None

    def save(self) -> bool:
        """Save if the workspace is writable; a read-only workspace just forgets.

        A damaged file is never overwritten: the learner may want to rescue it.
        """
        if self.damage is not None:
            return False
        try:
            write_atomically(self.path, json.dumps(self.data, indent=2, sort_keys=True))
        except OSError:
            return False
        return True
