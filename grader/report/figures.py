"""Every figure of the class report, as plain data: what `--format json` prints and what the
HTML page shows. Only graded submissions (on time or late) count in the statistics; the other
statuses are counted as such.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from ..catalog import Course
from ..i18n import current_language
from ..instructor.gradebook import GRADED
from ..texts import exercise_text, hint_levels
from .failures import CANNOT_RUN, MISTAKE, NOT_STARTED, anonymised, failure_kind
from .graded_class import FEEDBACK, GradedClass, Student
from .similarity import find_similar
from .sources import boilerplate
from .words import _

FORMAT = 1
LOW_SHARE = 0.5  # under half the points: struggling
TOP_SHARE = 0.1  # among the tenth of the class that asked most
MIN_HINTS = 3
MIN_ATTEMPTS = 10


@dataclass
class Report:
    data: dict
    folder: Path  # the results folder, where the feedback files are
    sources: dict[str, dict[str, str]] = field(default_factory=dict)  # student -> id -> code


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(float(value), digits)


def _mean(values: list[float]) -> float | None:
    return _round(statistics.fmean(values)) if values else None


def _total(student: Student) -> float:
    total = student.book.get("total", student.record.get("score", 0.0))
    return float(total) if isinstance(total, int | float) else 0.0


def nice_step(span: float, most: int) -> float:
    """The smallest of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into at most
    `most` parts: bins and ticks a reader can count with."""
    power = 10.0 ** math.floor(math.log10(max(span, 1e-9) / most))
    return next(power * m for m in (1, 2, 2.5, 5, 10) if span / (power * m) <= most)


def _histogram(totals: list[float], top: float) -> dict:
    """At most 24 bins of a round width, from 0 to the maximum total."""
    width = nice_step(top, 24)
    edges = np.arange(math.ceil(top / width - 1e-9) + 1) * width
    counts, _edges = np.histogram(totals, bins=edges)
    return {"edges": [_round(e) for e in edges], "counts": counts.tolist()}


def _totals(graded: list[Student], max_total: float) -> dict:
    totals = sorted(_total(s) for s in graded)
    top = max([max_total, *totals, 1.0])
    return {"graded": len(totals), "max": _round(max_total), "mean": _mean(totals),
            "median": _round(statistics.median(totals)) if totals else None,
            "values": [_round(t) for t in totals], "histogram": _histogram(totals, top)}


def _weights(folder: Path, graded: list[Student]) -> dict[str, float]:
    """Each exercise's points in the gradebook (`summary.json`), else its catalog points."""
    weights: dict[str, float] = {}
    try:
        summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        for exercise_id, row in summary.get("exercises", {}).items():
            weights[exercise_id] = float(row["max"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        weights = {}
    for s in graded:
        for e in s.exercises:
            weights.setdefault(e["id"], float(e.get("max_score") or 0.0))
    return weights


def _title(exercise_id: str, records: list[dict]) -> str:
    try:
        return _(exercise_text(exercise_id).title)
    except (KeyError, ModuleNotFoundError, AttributeError):
        return str(next((r.get("title") for r in records if r.get("title")), exercise_id))


def _hint_text(exercise_id: str, key: str, failures: list[tuple[Student, dict]]) -> str:
    """The hint's first level, as the learner reads it, in the report's language."""
    try:
        return hint_levels(exercise_id, key)[0]
    except (KeyError, IndexError, ModuleNotFoundError, AttributeError):
        mine = [c for s, c in failures if s.record.get("lang") == current_language()]
        return str(next((c.get("hint") for c in mine + [c for _s, c in failures]
                         if c.get("hint")), key))


def _example(failures: list[tuple[Student, dict]]) -> str:
    """One failure message, in the report's language where a student had it in theirs."""
    ordered = sorted(failures, key=lambda f: (f[0].record.get("lang") != current_language(),
                                              f[0].name))
    student, check = ordered[0]
    return anonymised(str(check.get("message") or ""), student.name)


def _misconceptions(exercise_id: str, failures: list[tuple[Student, dict]]) -> list[dict]:
    by_key: dict[str, list[tuple[Student, dict]]] = {}
    for student, check in failures:
        by_key.setdefault(str(check.get("hint_key") or ""), []).append((student, check))
    found = [{"hint_key": key, "hint": _hint_text(exercise_id, key, group) if key else "",
              "students": len(group), "example": _example(group)}
             for key, group in by_key.items()]
    return sorted(found, key=lambda m: (-m["students"], m["hint_key"]))


def _check(exercise_id: str, check_id: str, rows: list[tuple[Student, dict]], graded: int,
           idle: set[str]) -> dict:
    """One check over the class; `idle`: students who had not started its exercise, whose
    failures say nothing about a misconception."""
    failed = [(s, c) for s, c in rows if not c.get("passed")]
    kinds = {s.name: NOT_STARTED if s.name in idle else failure_kind(str(c.get("message") or ""))
             for s, c in failed}
    counts = Counter(kinds.values())
    mistakes = [(s, c) for s, c in failed if kinds[s.name] == MISTAKE]
    points = next((c.get("max_score") for _s, c in rows if c.get("max_score") is not None), None)
    return {"id": check_id, "points": points, "graded": graded, "failed": len(failed),
            "failure_rate": _round(len(failed) / graded) if graded else None,
            "not_started": counts[NOT_STARTED], "cannot_run": counts[CANNOT_RUN],
            "misconceptions": _misconceptions(exercise_id, mistakes)}


def _common_mistakes(exercise_id: str, rows: list[tuple[Student, dict]],
                     idle: set[str]) -> list[dict]:
    """The exercise's mistakes over all its checks, each student counted once: a slip such as
    normalising softmax over the whole batch fails several checks."""
    found: dict[str, tuple[set[str], list[str], list[tuple[Student, dict]]]] = {}
    for student, exercise in rows:
        if student.name in idle:
            continue
        for check in exercise.get("checks", []):
            key = str(check.get("hint_key") or "")
            if check.get("passed") or not key or failure_kind(
                    str(check.get("message") or "")) != MISTAKE:
                continue
            names, checks, failures = found.setdefault(key, (set(), [], []))
            names.add(student.name)
            failures.append((student, check))
            if check.get("id") not in checks:
                checks.append(str(check.get("id")))
    mistakes = [{"exercise": exercise_id, "hint_key": key, "students": len(names),
                 "hint": _hint_text(exercise_id, key, failures), "checks": checks}
                for key, (names, checks, failures) in found.items()]
    return sorted(mistakes, key=lambda m: (-m["students"], m["hint_key"]))


def _started(exercise: dict) -> bool:
    """Not started: no check passed, and most still meet `NotImplementedError` (a check that
    reads the code may fail on a stub for another reason)."""
    checks = exercise.get("checks", [])
    waiting = sum(failure_kind(str(c.get("message") or "")) == NOT_STARTED for c in checks
                  if not c.get("passed"))
    return any(c.get("passed") for c in checks) or 2 * waiting < len(checks)


def _exercise(exercise_id: str, graded: list[Student], weight: float) -> dict:
    rows = [(s, e) for s in graded for e in s.exercises if e["id"] == exercise_id]
    n = len(rows)
    points = [float(s.book.get("points", {}).get(exercise_id, weight * e.get("score", 0.0)
                                                 / (e.get("max_score") or 1.0)))
              for s, e in rows]
    by_check: dict[str, list[tuple[Student, dict]]] = {}
    for s, e in rows:
        for c in e.get("checks", []):
            by_check.setdefault(str(c.get("id")), []).append((s, c))
    idle = {s.name for s, e in rows if not _started(e)}
    checks = [_check(exercise_id, check_id, found, n, idle)
              for check_id, found in by_check.items()]
    checks.sort(key=lambda c: -(c["failure_rate"] or 0.0))
    passed = sum(bool(e.get("passed")) for _s, e in rows)
    return {"id": exercise_id, "title": _title(exercise_id, [e for _s, e in rows]),
            "graded": n, "passed": passed, "pass_rate": _round(passed / n) if n else None,
            "started": n - len(idle), "mean_points": _mean(points), "max_points": _round(weight),
            "mistakes": _common_mistakes(exercise_id, rows, idle), "checks": checks}


def _exercise_ids(course: Course, graded: list[Student], weights: dict[str, float]) -> list[str]:
    seen = list(weights)
    for s in graded:
        seen += [e["id"] for e in s.exercises if e["id"] not in seen]
    order = {e.id: i for i, e in enumerate(course.exercises)}
    return sorted(seen, key=lambda i: (order.get(i, len(order)), seen.index(i)))


def _top_tenth(values: list[int], floor: int) -> int | None:
    """The count from which a student is among the tenth of the class that asked most."""
    if not values:
        return None
    ordered = sorted(values)
    return max(floor, ordered[math.ceil((1 - TOP_SHARE) * len(ordered)) - 1])


def _effort(student: Student, what: str) -> int | None:
    if student.snapshot is None:
        return None
    counts = [getattr(w, what) for w in student.snapshot.exercises.values()]
    known = [c for c in counts if c is not None]
    return sum(known) if known else None


def _struggling(students: list[Student], max_total: float, folder: Path) -> list[dict]:
    """Who may need help, and why; their feedback file relative to the results `folder`."""
    graded = [s for s in students if s.status in GRADED]
    hints = {s.name: _effort(s, "hints") for s in graded}
    attempts = {s.name: _effort(s, "attempts") for s in graded}
    many_hints = _top_tenth([v for v in hints.values() if v], MIN_HINTS)
    many_attempts = _top_tenth([v for v in attempts.values() if v], MIN_ATTEMPTS)
    rows = []
    for s in students:
        reasons = []
        total = _total(s)
        if s.status == "broken":
            reasons.append("broken")
        elif s.status not in GRADED:
            continue
        if s.status in GRADED and total < LOW_SHARE * max_total:
            reasons.append("low_score")
        if many_hints is not None and (hints.get(s.name) or 0) >= many_hints:
            reasons.append("many_hints")
        if many_attempts is not None and (attempts.get(s.name) or 0) >= many_attempts:
            reasons.append("many_attempts")
        if not reasons:
            continue
        rows.append({"student": s.name, "status": s.status, "total": _round(total),
                     "max_total": _round(max_total),
                     "passed": sum(bool(e.get("passed")) for e in s.exercises),
                     "exercises": len(s.exercises),
                     "not_started": sum(not _started(e) for e in s.exercises),
                     "attempts": attempts.get(s.name), "hints": hints.get(s.name),
                     "reasons": reasons,
                     "feedback": (s.folder / FEEDBACK).relative_to(folder).as_posix()
                     if (s.folder / FEEDBACK).is_file() else None})
    return sorted(rows, key=lambda r: (r["total"], r["student"]))


def _similarity(course: Course, graded: list[Student]) -> tuple[dict, dict]:
    with_code = [s for s in graded if s.snapshot is not None]
    works = {s.name: {i: w.tokens for i, w in s.snapshot.exercises.items() if w.tokens}
             for s in with_code}
    exercise_ids = sorted({i for w in works.values() for i in w})
    found = find_similar(works, boilerplate(course, exercise_ids))
    flagged = {n for p in found.pairs for n in p.students}
    sources = {s.name: {i: w.source for i, w in s.snapshot.exercises.items() if w.source}
               for s in with_code if s.name in flagged}
    data = found.to_dict() | {"without_code": sorted(s.name for s in graded
                                                     if s.snapshot is None)}
    return data, sources


def build_report(graded_class: GradedClass, course: Course, generated: datetime) -> Report:
    students = graded_class.students
    graded = [s for s in students if s.status in GRADED]
    max_total = max((float(s.book.get("max_total") or s.record.get("max_score") or 0.0)
                     for s in students), default=0.0)
    weights = _weights(graded_class.folder, graded)
    statuses = Counter(s.status for s in students)
    similarity, sources = _similarity(course, graded)
    data = {
        "format": FORMAT, "lang": current_language(),
        "generated": generated.isoformat(timespec="seconds"),
        "results": str(graded_class.folder), "students": len(students),
        "unreadable": graded_class.unreadable, "statuses": dict(statuses),
        "totals": _totals(graded, max_total),
        "exercises": [_exercise(i, graded, weights.get(i, 0.0))
                      for i in _exercise_ids(course, graded, weights)],
        "struggling": _struggling(students, max_total, graded_class.folder),
        "similarity": similarity,
    }
    return Report(data, graded_class.folder, sources)
