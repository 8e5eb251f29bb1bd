"""`grade batch`: a synthetic class of chapter-2 submissions, every row of the gradebook checked;
killing a run midway and resuming it; the files each student gets."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import EXERCISES, KIT, MUTANTS, SOLUTIONS, copy_workspace

from grader.catalog import load_course
from grader.instructor.assignment import parse_assignment
from grader.instructor.batch import Batch, SubmissionError, extract_zip, run_batch
from grader.instructor.gradebook import read_gradebook
from grader.runner import grade

HOSTILE = KIT / "tests" / "hostile" / "ch02_perceptron" / "gates"
SLOW = {"spawns_children"}  # covered by test_hostile; here it would only cost time
SEED = 1234
BELOW_FULL = -1.0  # expected total of a hostile submission: graded, never full marks
COURSE_TEXT = """lang = "fr"
due = 2099-12-31

[[assign]]
id = "ch02"
points = 10
"""
GATES = "ch02_perceptron/gates.py"
PARTIAL = ["and_bias_of_or", "xor_with_operator", "train_without_bias"]
THIEF = '''
from pathlib import Path
here = Path(__file__).resolve()
for root in (here.parents[2], here.parents[3]):
    for other in sorted(root.rglob("gates.py")):
        if other != here:
            exec(other.read_text(), globals())
            break
'''


def _student(root: Path, name: str, source: Path = SOLUTIONS) -> Path:
    return copy_workspace(source, root / name)


def _zip(path: Path, folder: Path, prefix: str = "") -> None:
    with zipfile.ZipFile(path, "w") as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                z.write(p, prefix + p.relative_to(folder).as_posix())


def _mutated(root: Path, name: str, mutant: str) -> Path:
    folder = _student(root, name)
    extra = (MUTANTS / "ch02_perceptron" / "gates" / f"{mutant}.py").read_text(encoding="utf-8")
    target = folder / GATES
    target.write_text(target.read_text(encoding="utf-8") + "\n\n" + extra, encoding="utf-8")
    return folder


def build_class(root: Path) -> dict[str, tuple[str, float | None]]:
    """The class, and what the gradebook must say of each student: (status, total, or None
    when the total is found by grading the same folder directly)."""
    root.mkdir(parents=True)
    expected: dict[str, tuple[str, float | None]] = {}
    for i in range(3):
        _student(root, f"correct{i:02d}")
        expected[f"correct{i:02d}"] = ("graded", 10.0)
    for mutant in PARTIAL:
        _mutated(root, f"partial_{mutant}", mutant)
        expected[f"partial_{mutant}"] = ("graded", None)
    for i in range(2):
        _student(root, f"stub{i}", EXERCISES)
        expected[f"stub{i}"] = ("graded", 0.0)
    (root / "empty").mkdir()
    (root / "nothing_useful").mkdir()
    (root / "nothing_useful" / "notes.txt").write_text("I will do it tomorrow\n")
    expected |= {"empty": ("missing", 0.0), "nothing_useful": ("missing", 0.0)}
    syntax = _student(root, "syntax_error")
    (syntax / GATES).write_text("def AND(x1, x2)\n    return 1\n", encoding="utf-8")
    expected["syntax_error"] = ("graded", 0.0)
    for case in sorted(HOSTILE.glob("*.py")):
        if case.stem in SLOW:
            continue
        folder = _student(root, f"hostile_{case.stem}")
        (folder / GATES).write_text(case.read_text(encoding="utf-8"), encoding="utf-8")
        expected[f"hostile_{case.stem}"] = ("graded", BELOW_FULL)
    thief = _student(root, "thief", EXERCISES)
    (thief / GATES).write_text(THIEF, encoding="utf-8")
    expected["thief"] = ("graded", 0.0)
    # zips: plain, wrapped in a folder, with an unsafe path, and not a zip at all
    solutions = KIT / "solutions"
    _zip(root / "zipped.zip", solutions)
    _zip(root / "wrapped.zip", solutions, "my-homework/exercises/")
    with zipfile.ZipFile(root / "traversal.zip", "w") as z:
        z.writestr("../../evil.py", "print('escaped')\n")
        z.writestr(GATES, (solutions / GATES).read_text(encoding="utf-8"))
    (root / "corrupt.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    expected |= {"zipped": ("graded", 10.0), "wrapped": ("graded", 10.0),
                 "traversal": ("broken", 0.0), "corrupt": ("broken", 0.0)}
    late = _student(root, "late_but_right")
    (late / "submitted_at.txt").write_text("2100-01-05T09:00:00+09:00\n")
    expected["late_but_right"] = ("late", 10.0)
    ontime = _student(root, "japanese")
    (ontime / ".nnkata").mkdir()
    (ontime / ".nnkata" / "state.json").write_text(json.dumps({"lang": "ja"}))
    expected["japanese"] = ("graded", 10.0)
    expected["on_roster_only"] = ("missing", 0.0)
    return expected


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    base = tmp_path_factory.mktemp("class")
    expected = build_class(base / "submissions")
    assert len(expected) >= 30
    course = load_course()
    assignment = parse_assignment(COURSE_TEXT, base / "nnkata-course.toml", course)
    batch = Batch(base / "submissions", base / "out" / "gradebook.csv", base / "out" / "results",
                  course, assignment, roster=["on_roster_only", "correct00"], jobs=2, seed=SEED)
    started = time.monotonic()
    outcome = run_batch(batch)
    return batch, outcome, expected, time.monotonic() - started


def _direct_total(folder: Path) -> float:
    course = load_course()
    result = grade(course, course.select(["ch02"]), folder, seed=SEED)
    return round(result.score * 10 / result.max_score, 2)


def test_every_row_of_the_gradebook(graded_class):
    batch, outcome, expected, _seconds = graded_class
    rows = {r["student"]: r for r in read_gradebook(batch.gradebook.read_text(encoding="utf-8"))}
    assert set(rows) == set(expected)
    assert list(rows["correct00"]) == ["student", "status", "ch02.gates", "total", "max_total",
                                       "submitted_at"]
    for name, (status, total) in expected.items():
        row = rows[name]
        assert row["status"] == status, (name, row)
        if total is None:
            total = _direct_total(batch.submissions / name)
        if total == BELOW_FULL:
            assert 0 <= float(row["total"]) < 10, (name, row)
            continue
        assert float(row["total"]) == pytest.approx(total, abs=0.01), (name, row)
        assert float(row["ch02.gates"]) == pytest.approx(total, abs=0.01)
        assert row["max_total"] == "10"
    for name in [n for n in expected if n.startswith(("partial_", "hostile_", "syntax", "thief"))]:
        assert float(rows[name]["total"]) < 10, name
    assert rows["late_but_right"]["submitted_at"].startswith("2100-01-05")
    assert sorted(outcome.graded_now) == sorted(expected)


def test_each_student_gets_feedback_json_and_gradescope_results(graded_class):
    batch, _outcome, expected, _seconds = graded_class
    for name, (status, _total) in expected.items():
        folder = batch.student_dir(name)
        record = json.loads((folder / "result.json").read_text(encoding="utf-8"))
        assert record["student"] == name and record["status"] == status
        assert {"score", "max_score", "exercises"} <= set(record)
        scope = json.loads((folder / "results.json").read_text(encoding="utf-8"))
        assert scope["score"] == record["gradebook"]["total"]
        assert all({"name", "score", "max_score", "output"} <= set(t) for t in scope["tests"])
        if status in ("graded", "late"):
            assert sum(t["max_score"] for t in scope["tests"]) == pytest.approx(10, abs=0.05)
        assert (folder / "feedback.txt").read_text(encoding="utf-8").strip()
    french = (batch.student_dir("correct01") / "feedback.txt").read_text(encoding="utf-8")
    japanese = (batch.student_dir("japanese") / "feedback.txt").read_text(encoding="utf-8")
    assert "Retour pour correct01" in french and "2099" in french
    assert "japanese さんへのフィードバック" in japanese
    broken = json.loads((batch.student_dir("traversal") / "result.json").read_text())
    assert "evil.py" in broken["error"]
    assert not (batch.submissions.parent / "evil.py").exists()


def test_summary_and_histogram(graded_class):
    batch, outcome, expected, _seconds = graded_class
    summary = json.loads((batch.results / "summary.json").read_text(encoding="utf-8"))
    graded = [n for n, (s, _t) in expected.items() if s in ("graded", "late")]
    assert summary["counts"]["broken"] == 2 and summary["counts"]["late"] == 1
    assert summary["counts"]["missing"] == 3
    assert len(summary["totals"]) == len(graded)
    assert summary["exercises"]["ch02.gates"]["average"] == pytest.approx(
        np.mean(summary["totals"]), abs=0.01)
    assert (batch.results / "histogram.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert outcome.summary == summary


def test_a_second_run_grades_nothing_and_a_changed_submission_again(graded_class, tmp_path):
    batch, _outcome, _expected, _seconds = graded_class
    before = batch.gradebook.read_text(encoding="utf-8")
    again = run_batch(batch)
    assert again.graded_now == []
    assert batch.gradebook.read_text(encoding="utf-8") == before
    stub = batch.submissions / "stub1"
    shutil.rmtree(stub)
    copy_workspace(SOLUTIONS, stub)
    third = run_batch(batch)
    assert third.graded_now == ["stub1"]
    rows = {r["student"]: r for r in read_gradebook(batch.gradebook.read_text(encoding="utf-8"))}
    assert rows["stub1"]["total"] == "10"


def test_unsafe_zips_are_refused(tmp_path: Path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("ch02_perceptron/big.bin", b"\0" * (60 * 2**20))
    link = tmp_path / "link.zip"
    info = zipfile.ZipInfo("ch02_perceptron/gates.py")
    info.external_attr = (0o120777 << 16)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info, "/etc/passwd")
    link.write_bytes(buf.getvalue())
    for archive in (bomb, link):
        with pytest.raises(SubmissionError):
            extract_zip(archive, tmp_path / archive.stem)


def _cli(*args: str, cwd: Path, **kwargs) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "NNKATA_COURSE"}
    return subprocess.Popen([sys.executable, "-m", "grader", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_killed_midway_then_resumed(tmp_path: Path):
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    for i in range(10):
        _student(submissions, f"s{i:02d}", SOLUTIONS if i % 2 else EXERCISES)
    results = tmp_path / "book"
    course = tmp_path / "course.toml"
    course.write_text('[[assign]]\nid = "ch02"\n', encoding="utf-8")
    run = _cli("batch", str(submissions), "--out", str(tmp_path / "book.csv"), "--jobs", "2",
               "--seed", "5", "--lang", "en", "--course", str(course), cwd=tmp_path,
               start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and run.poll() is None:
        if len(list(results.glob("students/*/result.json"))) >= 3:
            break
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    done = sorted(p.parent.name for p in results.glob("students/*/result.json"))
    assert 3 <= len(done) < 10, done
    partial = read_gradebook((tmp_path / "book.csv").read_text(encoding="utf-8"))
    assert {r["student"] for r in partial} <= set(done)  # a whole file, never half a row
    resumed = _cli("batch", str(submissions), "--out", str(tmp_path / "book.csv"), "--seed", "5",
                   "--lang", "en", "--course", str(course), cwd=tmp_path)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err.decode()
    assert f"{len(done)} students already graded" in err.decode().replace("\n", " ")
    rows = read_gradebook((tmp_path / "book.csv").read_text(encoding="utf-8"))
    assert [r["student"] for r in rows] == [f"s{i:02d}" for i in range(10)]
    assert [r["total"] for r in rows] == ["0" if i % 2 == 0 else "15" for i in range(10)]
    assert "Traceback" not in err.decode()


def test_batch_command_exit_statuses_and_summary(tmp_path: Path):
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    _student(submissions, "done")
    (submissions / "empty").mkdir()
    course = tmp_path / "course.toml"
    course.write_text('[[assign]]\nid = "ch02"\n', encoding="utf-8")
    book = submissions / "book.csv"  # the outputs inside the class folder are not students
    run = _cli("batch", str(submissions), "--out", str(book), "--course", str(course),
               "--lang", "fr", cwd=tmp_path)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1, err.decode()
    assert "absents : 1" in " ".join(out.decode().split())
    assert [r["student"] for r in read_gradebook(book.read_text(encoding="utf-8"))] == [
        "done", "empty"]
    usage = _cli("batch", str(tmp_path / "nowhere"), "--out", str(book), "--course",
                 str(course), "--lang", "fr", cwd=tmp_path)
    out, err = usage.communicate(timeout=60)
    assert usage.returncode == 2
    message = " ".join(err.decode().split())
    assert "nowhere n’existe pas" in message and "Traceback" not in message


def _feedback_of_one_mutant(tmp_path: Path, settings: str) -> str:
    _mutated(tmp_path / "submissions", "student", "or_bias_too_large")
    text = f'lang = "en"\n\n{settings}\n[[assign]]\nid = "ch02.gates"\npoints = 10\n'
    course = load_course()
    assignment = parse_assignment(text, tmp_path / "nnkata-course.toml", course)
    batch = Batch(tmp_path / "submissions", tmp_path / "out" / "gradebook.csv",
                  tmp_path / "out" / "results", course, assignment, jobs=1, seed=SEED)
    run_batch(batch)
    return (batch.student_dir("student") / "feedback.txt").read_text(encoding="utf-8")


def test_feedback_shows_expected_values_outside_exam_mode(tmp_path: Path):
    assert "Expected" in _feedback_of_one_mutant(tmp_path, "")


def test_feedback_in_exam_mode_gives_reasons_without_expected_values(tmp_path: Path):
    feedback = _feedback_of_one_mutant(tmp_path, "[settings]\nexam = true\n")
    assert "returned" in feedback and "Expected" not in feedback
