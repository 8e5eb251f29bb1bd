"""How long an instructor waits for `grade report` on a large class, next to a bare NumPy import.

    python benchmarks/report_speed.py [--students 500] [--repeat 3] [--keep DIR]

The class is synthetic but shaped exactly like what `grade batch` writes for chapters 2-5:
per student a `result.json` (every check of every exercise, failures with their message and
hint key) and a `snapshot.json` (the code, normalised, with attempts and hints). Each exercise
of each student is the reference solution, the stub, or the reference with one of the kit's
mutants (its checks failing with the mutant's hint), plus a few lines of the student's own
(random, so that every submission has code of its own for the similarity search to index);
one student in fifty hands in a renamed copy of another's. `grade report` is timed as a whole
process, HTML and JSON, with where the time goes measured in one process. Target: a few
seconds for 500 students.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from common import bare_numpy_import, report, wall_time

from grader.catalog import Course, Exercise, load_course
from grader.report.normalise import normalise
from grader.report.snapshot import FORMAT, SNAPSHOT

KIT = Path(__file__).resolve().parents[1]
CHAPTERS = ("ch02", "ch03", "ch04", "ch05")
NOT_STARTED = ("Not implemented yet: this part still raises NotImplementedError.\n"
               "In {file}, line 12: raise NotImplementedError")
WRONG = ("{check}(array([[ 0.4967, -0.1383,  0.6477,  1.523 ],\n [-0.2342, -0.2341,  1.5792,  "
         "0.7674]], shape=(2, 4), dtype=float64)) returned array([0.1, 0.2, 0.3, 0.4]).\n"
         "Expected: array([0.2139, 0.1149, 0.2516, 0.4196]). Look at the hint.")


def _mutants(exercise: Exercise) -> list[tuple[str, list[str], str]]:
    """(code, checks it fails, hint key) of each mutant of the exercise."""
    found = []
    for path in sorted((KIT / "tests" / "mutants" / exercise.chapter_dir / exercise.name)
                       .glob("*.py")):
        text = path.read_text(encoding="utf-8")
        kills = re.search(r"^# kills: (.+)$", text, re.MULTILINE)
        hint = re.search(r"^# hint: (\S+)", text, re.MULTILINE)
        if kills and hint:
            found.append((text, kills.group(1).split(), hint.group(1)))
    return found


def _own_code(rng: random.Random) -> str:
    """A few lines only this student wrote."""
    lines = [f"def _helper_{rng.randrange(10**6)}(x):", f"    y = x * {rng.random():.4f}"]
    for _ in range(rng.randint(2, 5)):
        op = rng.choice(["+", "-", "*", "/"])
        lines.append(f"    y = np.{rng.choice(['tanh', 'exp', 'abs', 'sqrt'])}(y) {op} "
                     f"{rng.random():.4f}")
    return "\n".join(lines + ["    return y", ""])


def _exercise(exercise: Exercise, rng: random.Random) -> tuple[dict, str]:
    """One exercise's result and code for a synthetic student."""
    kind = rng.choices(["solution", "stub", "mutant"], weights=[5, 1, 4])[0]
    mutants = _mutants(exercise)
    failing: dict[str, tuple[str, str]] = {}
    if kind == "stub":
        code = (KIT / "exercises" / exercise.module_path).read_text(encoding="utf-8")
        failing = {c.id: (NOT_STARTED.format(file=exercise.module_path), c.hint)
                   for c in exercise.checks}
    else:
        code = (KIT / "solutions" / exercise.module_path).read_text(encoding="utf-8")
        if kind == "mutant" and mutants:
            text, kills, hint = rng.choice(mutants)
            code += "\n\n" + text
            failing = {c: (WRONG.format(check=c), hint) for c in kills}
        code += "\n\n" + _own_code(rng)
    checks = [{"id": c.id, "passed": c.id not in failing,
               "message": failing.get(c.id, ("", ""))[0],
               "hint": "A hint, in the student's language." if c.id in failing else "",
               "hint_key": failing.get(c.id, ("", c.hint))[1] if c.id in failing else "",
               "score": 0.0 if c.id in failing else c.points, "max_score": c.points}
              for c in exercise.checks]
    score = sum(c["score"] for c in checks)
    return {"id": exercise.id, "title": exercise.id, "passed": not failing, "score": score,
            "max_score": exercise.max_score, "notes": [], "checks": checks}, code


def _write_student(folder: Path, name: str, exercises: list[dict], code: dict[str, str],
                   rng: random.Random, normalised: dict[str, dict]) -> None:
    folder.mkdir(parents=True)
    points = {e["id"]: e["score"] for e in exercises}
    max_total = sum(e["max_score"] for e in exercises)
    record = {"score": sum(points.values()), "max_score": max_total, "exercises": exercises,
              "seed": rng.randrange(2**31), "lang": rng.choice(["en", "en", "fr", "ja"]),
              "isolation": "bubblewrap", "student": name, "status": "graded",
              "submitted_at": "2026-12-14T20:00:00+00:00", "due": None, "error": "",
              "fingerprint": f"fp-{name}",
              "gradebook": {"points": points, "total": sum(points.values()),
                            "max_total": max_total}}
    snapshot = {"format": FORMAT, "fingerprint": f"fp-{name}", "exercises": {}}
    for exercise_id, text in code.items():
        if text not in normalised:
            normalised[text] = normalise(text).to_json()
        snapshot["exercises"][exercise_id] = {"source": text, **normalised[text],
                                              "attempts": rng.randint(1, 30),
                                              "hints": rng.randint(0, 8)}
    (folder / "result.json").write_text(json.dumps(record, ensure_ascii=False, indent=2),
                                        encoding="utf-8")
    (folder / SNAPSHOT).write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
    (folder / "feedback.txt").write_text(f"Feedback for {name}\n", encoding="utf-8")


def build_class(root: Path, students: int, course: Course, seed: int = 0) -> Path:
    """A results folder as `grade batch` would leave it, for `students` students."""
    rng = random.Random(seed)
    exercises = [e for e in course.exercises if e.chapter in CHAPTERS]
    results = root / "gradebook"
    normalised: dict[str, dict] = {}
    previous: dict[str, str] = {}
    for i in range(students):
        name = f"student{i:03d}"
        made = [_exercise(e, rng) for e in exercises]
        code = {e.id: text for e, (_r, text) in zip(exercises, made, strict=True)}
        if i % 50 == 49:  # a copy of the previous student, names changed
            code = {k: re.sub(r"\by\b", "result", v) for k, v in previous.items()}
        _write_student(results / "students" / name, name, [r for r, _t in made], code, rng,
                       normalised)
        previous = code
    return results


def _phases(results: Path) -> list[tuple[str, float]]:
    """Where the time goes, in this process."""
    from datetime import UTC, datetime

    from grader.report.figures import build_report
    from grader.report.graded_class import load_class
    from grader.report.page import render_page

    started = time.perf_counter()
    graded = load_class(results)
    loaded = time.perf_counter()
    built = build_report(graded, load_course(), datetime.now(UTC))
    figured = time.perf_counter()
    render_page(built, results / "report.html")
    rendered = time.perf_counter()
    pairs = len(built.data["similarity"]["pairs"])
    return [("  reading the results", loaded - started),
            (f"  figures and similarity ({pairs} pairs flagged)", figured - loaded),
            ("  writing the page", rendered - figured)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the class here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nnkata-report-") as tmp:
        root = args.keep or Path(tmp)
        started = time.perf_counter()
        results = build_class(root, args.students, load_course())
        print(f"{args.students} synthetic students of {', '.join(CHAPTERS)} built in "
              f"{time.perf_counter() - started:.1f} s")
        grade = [sys.executable, "-m", "grader", "report", str(results), "--lang", "en"]
        rows = [(f"grade report ({args.students} students, HTML)",
                 wall_time([*grade, "--out", str(root / "report.html")], args.repeat)),
                (f"grade report ({args.students} students, JSON)",
                 wall_time([*grade, "--format", "json", "--out", str(root / "report.json")],
                           args.repeat))]
        report(rows + _phases(results), bare_numpy_import(args.repeat))


if __name__ == "__main__":
    main()
