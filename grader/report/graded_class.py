"""A class graded by `grade batch`, read back from its results folder (nothing is regraded).

The folder is the one `grade batch` writes next to the gradebook CSV, named after it:
`students/<name>/result.json` for every student (the kit's result object with `student`,
`status`, `gradebook` and whatever later versions add), their `feedback.txt`, and the
`snapshot.json` of their code that the report compares. Fields this module does not know are
left alone; a student whose `result.json` cannot be read is counted, not fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import KitError
from .snapshot import Snapshot, load_snapshot
from .words import _

STUDENTS = "students"
RESULT = "result.json"
FEEDBACK = "feedback.txt"


@dataclass
class Student:
    name: str
    folder: Path
    record: dict
    snapshot: Snapshot | None = None

    @property
    def status(self) -> str:
        return str(self.record.get("status") or "")

    @property
    def book(self) -> dict:
        """The gradebook's view of the student: points per exercise, total, maximum."""
        book = self.record.get("gradebook")
        return book if isinstance(book, dict) else {}

    @cached_property
    def exercises(self) -> list[dict]:
        found = self.record.get("exercises")
        return [e for e in found if isinstance(e, dict) and "id" in e] if isinstance(
            found, list) else []


@dataclass
class GradedClass:
    folder: Path
    students: list[Student]
    unreadable: list[str] = field(default_factory=list)


def results_folder(path: Path) -> Path:
    """The results folder meant by `path`: itself, or the folder named after a gradebook CSV
    (given, or alone in `path`)."""
    candidates = [path]
    if path.suffix.lower() == ".csv":
        candidates = [path.with_suffix("")]
    elif path.is_dir():
        candidates += [csv.with_suffix("") for csv in sorted(path.glob("*.csv"))]
    for folder in candidates:
        if (folder / STUDENTS).is_dir():
            return folder
    if not path.exists():
        raise KitError(_("{path} does not exist. Give the folder that `grade batch` wrote its "
                         "results to (by default next to the gradebook CSV, with the same "
                         "name), or the gradebook CSV itself.").format(path=path))
    raise KitError(_("{path} holds no graded class: there is no students/ folder with a "
                     "result.json per student. Give the folder that `grade batch` wrote its "
                     "results to (by default next to the gradebook CSV, with the same name), "
                     "or the gradebook CSV itself.").format(path=path))


def _record(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("status"), str) else None


def load_class(path: Path) -> GradedClass:
    folder = results_folder(path)
    students: list[Student] = []
    unreadable: list[str] = []
    for entry in sorted((folder / STUDENTS).iterdir()):
        if not entry.is_dir() or entry.name.startswith("."):
            continue
        record = _record(entry / RESULT)
        if record is None:
            unreadable.append(entry.name)
            continue
        name = str(record.get("student") or entry.name)
        fingerprint = record.get("fingerprint")
        snapshot = load_snapshot(entry, fingerprint if isinstance(fingerprint, str) else None)
        students.append(Student(name, entry, record, snapshot))
    return GradedClass(folder, students, unreadable)
