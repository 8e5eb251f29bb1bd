"""`grade assign` and the course file: what `grade` grades, the due date in the learner's
language, the course's language, and clear errors naming the line of a broken course file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SOLUTIONS
from typer.testing import CliRunner

from grader import cli
from grader.catalog import load_course
from grader.errors import KitError
from grader.instructor.assignment import Assigned, Assignment, parse_assignment


def invoke(*args: str):
    prepare = getattr(cli, "prepare_language", None)
    if prepare is not None:
        prepare(list(args))
    return CliRunner().invoke(cli.build_app(), list(args), prog_name="grade")


@pytest.fixture
def course_file(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "nnkata-course.toml"
    monkeypatch.setenv("NNKATA_COURSE", str(path))
    return path


def test_assign_writes_a_course_file_that_grade_follows(course_file: Path):
    result = invoke("assign", "ch02", "--due", "2099-12-15", "--points", "ch02=10",
                    "--lang", "en")
    assert result.exit_code == 0, result.output
    text = course_file.read_text(encoding="utf-8")
    assert 'id = "ch02"' in text and "due = 2099-12-15" in text and "points = 10" in text
    assert "December 15, 2099" in result.output

    graded = invoke("--workspace", str(SOLUTIONS), "--lang", "fr")
    assert graded.exit_code == 0, graded.output
    assert "ch02.gates" in graded.output
    assert "15 décembre 2099" in graded.output
    japanese = invoke("--workspace", str(SOLUTIONS), "--lang", "ja")
    assert "2099年12月15日" in japanese.output


def test_the_course_language_is_the_default(course_file: Path, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    assert invoke("assign", "ch02", "--due", "2099-12-15", "--course-lang", "fr").exit_code == 0
    graded = invoke("--workspace", str(SOLUTIONS))
    assert "15 décembre 2099" in graded.output
    assert "À rendre" in graded.output


def test_grade_only_grades_what_is_assigned(course_file: Path):
    course = load_course()
    assigned = course.exercises[0].id
    course_file.write_text(f'[[assign]]\nid = "{assigned}"\n', encoding="utf-8")
    result = invoke("--workspace", str(SOLUTIONS), "--format", "json", "--lang", "en")
    assert [e["id"] for e in json.loads(result.stdout)["exercises"]] == [assigned]


@pytest.mark.parametrize(("text", "line"), [
    ('lang = "fr"\n\n[[assign]]\nid = "ch02\n', 4),
    ('lang = "fr"\n\n[[assign]]\nid = "ch02"\n\n[[assign]]\nid = "ch99"\n', 7),
    ('[[assign]]\nid = "ch02"\npoints = -1\n', 3),
    ('lang = "de"\n[[assign]]\nid = "ch02"\n', 1),
    ('due = "next week"\n[[assign]]\nid = "ch02"\n', 1),
    ('lang = "fr"\nweight = 3\n[[assign]]\nid = "ch02"\n', 2),
    ('[settings]\nclassroom_steps = "check"\n[[assign]]\nid = "ch02"\n', 2),
])
def test_a_broken_course_file_names_its_line(course_file: Path, text: str, line: int):
    course_file.write_text(text, encoding="utf-8")
    result = invoke("--workspace", str(SOLUTIONS), "--lang", "fr")
    assert result.exit_code == 2
    assert f"ligne {line}" in result.output, result.output
    assert "Traceback" not in result.output
    english = invoke("--workspace", str(SOLUTIONS), "--lang", "en")
    assert f"line {line}" in english.output


def test_usage_errors_of_assign(course_file: Path):
    assert invoke("assign", "ch99", "--lang", "en").exit_code == 2
    bad_due = invoke("assign", "ch02", "--due", "tomorrow", "--lang", "en")
    assert bad_due.exit_code == 2 and "--due" in bad_due.output
    bad_points = invoke("assign", "ch02", "--points", "ch03=4", "--lang", "en")
    assert bad_points.exit_code == 2
    assert not course_file.exists()


def test_points_of_a_chapter_are_shared_by_its_exercises():
    course = load_course()
    chapter = next(c for c in course.chapters if len(c.exercises) > 1) if any(
        len(c.exercises) > 1 for c in course.chapters) else course.chapters[0]
    text = f'[[assign]]\nid = "{chapter.id}"\npoints = 20\n'
    weights = parse_assignment(text, Path("x.toml"), course).weights(course)
    assert sum(weights.values()) == pytest.approx(20)
    catalog = {e.id: e.max_score for e in chapter.exercises}
    for exercise_id, weight in weights.items():
        assert weight == pytest.approx(20 * catalog[exercise_id] / sum(catalog.values()))


def test_late_means_after_the_due_moment():
    due = datetime(2026, 12, 15, 23, 59, 59, tzinfo=UTC)
    assignment = Assignment((Assigned("ch02"),), due=due, due_is_date=True)
    assert not assignment.is_late(due)
    assert assignment.is_late(datetime(2026, 12, 16, tzinfo=UTC))
    assert not assignment.is_late(None)
    with pytest.raises(KitError):
        parse_assignment("[[assign]]\nid = 3\n", Path("x.toml"), load_course())


def test_assign_again_keeps_the_settings_and_replaces_a_broken_file(course_file: Path):
    assert invoke("assign", "ch02", "--course-lang", "ja", "--lang", "en").exit_code == 0
    assert invoke("assign", "ch02", "--due", "2099-01-02", "--lang", "en").exit_code == 0
    text = course_file.read_text(encoding="utf-8")
    assert 'lang = "ja"' in text and "due = 2099-01-02" in text
    course_file.write_text("[[assign]\n", encoding="utf-8")
    assert invoke("assign", "ch02", "--lang", "en").exit_code == 0
    assert parse_assignment(course_file.read_text(encoding="utf-8"), course_file,
                            load_course()).items == (Assigned("ch02"),)
