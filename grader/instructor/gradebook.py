"""Turning graded students into files: plain functions, one per format (pytest-json-report's
`serialize.py` is the model). Nothing here grades or decides; it only renders records.

A *record* is the dict a batch keeps per student (also saved as that student's `result.json`):
the kit's own result object (`score`, `max_score`, `exercises`, `seed`, `lang`), extended with
`student`, `status`, `submitted_at`, `due`, `error`, `fingerprint` and `gradebook` (the
assigned points per exercise, `total` and `max_total`).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..workspace import write_atomically

STATUSES = ("graded", "late", "missing", "broken")
GRADED = ("graded", "late")


def _round(value: float) -> float:
    return round(float(value), 2)


def scaled_points(result: dict, weights: dict[str, float]) -> dict[str, float]:
    """Each assigned exercise's score, scaled to the points the course gives it."""
    by_id = {e["id"]: e for e in result.get("exercises", [])}
    points = {}
    for exercise_id, weight in weights.items():
        e = by_id.get(exercise_id)
        points[exercise_id] = (_round(weight * e["score"] / e["max_score"])
                               if e and e.get("max_score") else 0.0)
    return points


def spreadsheet_cell(text: str) -> str:
    """A spreadsheet must not read a student's folder name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def gradebook_csv(records: list[dict], exercise_ids: list[str]) -> str:
    """One row per student: name, status, points per exercise, total, submission time."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["student", "status", *exercise_ids, "total", "max_total", "submitted_at"])
    for r in sorted(records, key=lambda r: r["student"]):
        book = r.get("gradebook", {})
        points = book.get("points", {})
        writer.writerow([spreadsheet_cell(r["student"]), r["status"],
                         *(f"{points.get(i, 0.0):g}" for i in exercise_ids),
                         f"{book.get('total', 0.0):g}", f"{book.get('max_total', 0.0):g}",
                         r.get("submitted_at") or ""])
    return buf.getvalue()


def read_gradebook(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def gradescope_results(record: dict, weights: dict[str, float], feedback: str = "") -> dict:
    """Gradescope's `results.json`: total score and one test per check, scaled to the course's
    points, so the kit can run as a Gradescope autograder."""
    tests = []
    for e in record.get("exercises", []):
        weight = weights.get(e["id"], e["max_score"])
        factor = weight / e["max_score"] if e["max_score"] else 0.0
        for c in e["checks"]:
            output = "\n".join(t for t in (c["message"], c["hint"]) if t)
            tests.append({"name": f"{e['id']} · {c['id']}", "number": e["id"],
                          "score": _round(c["score"] * factor),
                          "max_score": _round(c["max_score"] * factor),
                          "status": "passed" if c["passed"] else "failed", "output": output})
    book = record.get("gradebook", {})
    return {"score": _round(book.get("total", 0.0)), "output": feedback or record.get("error", ""),
            "visibility": "visible", "stdout_visibility": "hidden", "tests": tests,
            "extra_data": {"status": record["status"], "lang": record.get("lang"),
                           "seed": record.get("seed"), "submitted_at": record.get("submitted_at")}}


def summary(records: list[dict], weights: dict[str, float]) -> dict:
    """Class averages per exercise and of the total, over the submissions that were graded."""
    graded = [r for r in records if r["status"] in GRADED]
    counts = {s: sum(r["status"] == s for r in records) for s in STATUSES}

    def mean(values: list[float]) -> float | None:
        return _round(sum(values) / len(values)) if values else None

    return {
        "students": len(records),
        "counts": counts,
        "max_total": _round(sum(weights.values())),
        "average_total": mean([r["gradebook"]["total"] for r in graded]),
        "exercises": {i: {"max": _round(w),
                          "average": mean([r["gradebook"]["points"].get(i, 0.0) for r in graded])}
                      for i, w in weights.items()},
        "totals": sorted(_round(r["gradebook"]["total"]) for r in graded),
    }


def write_json(path: Path, data: dict) -> None:
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def histogram_png(path: Path, totals: list[float], max_total: float, *, title: str,
                  xlabel: str, ylabel: str) -> None:
    """A histogram of the class's totals, written atomically."""
    from matplotlib.figure import Figure

    from ..plots.style import save

    figure = Figure(figsize=(7, 4), dpi=100)
    axes = figure.subplots()
    top = max(max_total, max(totals, default=0.0), 1.0)
    bins = min(20, max(5, int(top)))
    axes.hist(totals, bins=bins, range=(0, top), color="#3b7dd8", edgecolor="white")
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlim(0, top)
    figure.tight_layout()
    save(figure, path)
