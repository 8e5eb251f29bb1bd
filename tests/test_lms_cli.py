"""`grade batch --roster --overrides --export` end to end: a class of three graded once, then
the options read again from the results on disk (nothing is graded twice), and the mistakes an
instructor makes stopped before anything is written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import EXERCISES, SOLUTIONS, copy_workspace
from learner_helpers import invoke

from grader.lms.export import BOM

COURSE = """title = "Homework 2"
due = 2026-12-15T18:00:00+01:00
late_penalty = "10% per day"
grace = "15m"

[[assign]]
id = "ch02.gates"
points = 10
"""
ROSTER = """Student ID,First name,Last name,Email,Folder,Submitted at,Extension
s001,Alice,Martin,alice@uni.example,alice,2026-12-16T18:10:00+01:00,1d
s002,Bruno,Sato,bruno@uni.example,bruno.zip,2026-12-17T09:00:00+01:00,
s003,Chloé,Dupont,chloe@uni.example,chloe,,
"""
OVERRIDES = "student,target,points,note\ns003,total,5,oral exam instead\n"


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """alice: right, within her extension; bruno: right, two days late; chloe: nothing."""
    base = tmp_path_factory.mktemp("lms")
    copy_workspace(SOLUTIONS / "ch02_perceptron", base / "subs" / "alice" / "ch02_perceptron")
    copy_workspace(SOLUTIONS / "ch02_perceptron", base / "subs" / "bruno" / "ch02_perceptron")
    for name, text in (("course.toml", COURSE), ("roster.csv", ROSTER),
                       ("overrides.csv", OVERRIDES)):
        (base / name).write_text(text, encoding="utf-8")
    result = invoke(*_args(base), "--export", "canvas,moodle", "--export", "blackboard",
                    "--lang", "fr")
    return base, result


def _args(base: Path, *extra: str) -> list[str]:
    return ["batch", str(base / "subs"), "--out", str(base / "book.csv"), "--course",
            str(base / "course.toml"), "--roster", str(base / "roster.csv"), "--overrides",
            str(base / "overrides.csv"), "--column", "Homework 2 (77)", "--jobs", "2", *extra]


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8").removeprefix(BOM))))


def test_every_file_the_lms_takes_is_written_next_to_the_gradebook(graded):
    base, result = graded
    assert result.exit_code == 1, result.output  # chloe is missing
    for layout in ("full", "canvas", "moodle", "blackboard"):
        assert (base / f"book-{layout}.csv").read_bytes().startswith(BOM.encode())
    assert [r[2:] for r in _rows(base / "book-canvas.csv")[2:]] == [
        ["s001", "", "", "10"], ["s002", "", "", "8"], ["s003", "", "", "5"]]


def test_the_instructor_reads_who_is_missing_and_what_was_applied_in_their_language(graded):
    output = " ".join(graded[1].output.split())
    assert "Rien à corriger pour 1 étudiant de la liste : Chloé Dupont (s003)." in output
    assert "1 correction manuelle appliquée" in output
    assert "La règle de retard s’applique à 1 rendu." in output


def test_json_output_lists_the_lms_files_without_grading_again(graded):
    base, _ = graded
    result = invoke(*_args(base), "--export", "csv", "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    assert data["graded_now"] == []
    assert data["lms"] | {"files": None} == {"files": None, "missing": ["s003"], "unlisted": [],
                                             "late": ["bruno"], "overrides": 1}


def test_an_unknown_student_in_the_overrides_stops_before_grading(graded, tmp_path):
    base, _ = graded
    bad = tmp_path / "overrides.csv"
    bad.write_text(OVERRIDES + "zoe,total,10,\n", encoding="utf-8")
    args = _args(base, "--export", "canvas", "--lang", "fr")
    args[args.index("--overrides") + 1] = str(bad)
    args[args.index("--out") + 1] = str(tmp_path / "book.csv")
    result = invoke(*args)
    assert result.exit_code == 2
    message = " ".join(result.output.split())
    assert "ligne 3" in message and "« zoe »" in message and "Traceback" not in message
    assert list(tmp_path.iterdir()) == [bad]


def test_an_lms_export_without_a_roster_is_a_usage_error(tmp_path: Path):
    (tmp_path / "subs").mkdir()
    result = invoke("batch", str(tmp_path / "subs"), "--out", str(tmp_path / "book.csv"),
                    "--export", "moodle", "--lang", "ja")
    assert result.exit_code == 2 and "名簿が必要です" in result.output
    assert not (tmp_path / "book.csv").exists()


def test_a_malformed_roster_is_reported_by_line_before_grading(tmp_path: Path):
    (tmp_path / "subs").mkdir()
    copy_workspace(EXERCISES / "ch02_perceptron", tmp_path / "subs" / "ann" / "ch02_perceptron")
    roster = tmp_path / "roster.csv"
    roster.write_text("id,folder,extension\ns001,ann,a while\n", encoding="utf-8")
    result = invoke("batch", str(tmp_path / "subs"), "--out", str(tmp_path / "book.csv"),
                    "--roster", str(roster), "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "line 2" in " ".join(result.output.split())
    assert not (tmp_path / "book").exists()


def test_grade_assign_keeps_the_late_policy_when_it_rewrites_the_course_file(tmp_path: Path):
    course = tmp_path / "course.toml"
    course.write_text(COURSE, encoding="utf-8")
    result = invoke("assign", "ch02", "--course", str(course), "--lang", "en")
    assert result.exit_code == 0, result.output
    text = course.read_text(encoding="utf-8")
    assert 'late_penalty = "10% per day"' in text and 'grace = "15m"' in text


def test_feedback_judges_lateness_as_the_gradebook_does(graded):
    """alice handed in after the course's due date but within her extension and the grace
    period: her feedback and the class summary call her on time, as her LMS mark does."""
    base, result = graded
    students = base / "book" / "students"
    status = {n: json.loads((students / n / "result.json").read_text(encoding="utf-8"))["status"]
              for n in ("alice", "bruno")}
    assert status == {"alice": "graded", "bruno": "late"}
    assert "after the due date" not in (students / "alice" / "feedback.txt").read_text(
        encoding="utf-8")
    assert "after the due date" in (students / "bruno" / "feedback.txt").read_text(
        encoding="utf-8")
    assert "December 16, 2026" in (students / "alice" / "feedback.txt").read_text(
        encoding="utf-8")  # her own due date, her extension granted
