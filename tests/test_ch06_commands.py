"""Every command knows chapter 6: list, show, hint, status, solution, reset, watch, assign,
release and batch, driven as a learner or an instructor drives them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import KIT, MUTANTS, SOLUTIONS, copy_workspace
from learner_helpers import flat, invoke, stub_workspace

from grader.catalog import load_course
from grader.instructor.assignment import parse_assignment
from grader.instructor.batch import Batch, run_batch
from grader.instructor.gradebook import read_gradebook
from grader.instructor.release import release
from grader.texts import exercise_text

IDS = [e.id for e in load_course().select(["ch06"])]
QUICK = ["ch06.optimizers", "ch06.dropout"]  # graded in seconds, for the slower end-to-end tests


def test_the_chapter_has_the_six_exercises_of_the_curriculum():
    assert IDS == ["ch06.optimizers", "ch06.weight_init", "ch06.batch_norm", "ch06.dropout",
                   "ch06.multi_layer_net", "ch06.overfitting"]


def test_grade_list_shows_the_chapter(tmp_path):
    result = invoke("list", "--workspace", str(stub_workspace(tmp_path)), "--lang", "ja",
                    "--format", "json")
    assert result.exit_code == 0, result.output
    listed = [e for e in json.loads(result.stdout)["exercises"] if e["chapter"] == "ch06"]
    assert [e["id"] for e in listed] == IDS
    assert all(e["present"] for e in listed)


@pytest.mark.parametrize("lang", ["en", "fr", "ja"])
@pytest.mark.parametrize("exercise_id", IDS)
def test_grade_show_gives_the_statement_in_every_language(exercise_id, lang, tmp_path):
    result = invoke("show", exercise_id, "--workspace", str(stub_workspace(tmp_path)),
                    "--lang", lang)
    assert result.exit_code == 0, result.output
    assert exercise_id in result.stdout and "Traceback" not in result.output


@pytest.mark.parametrize("exercise_id", QUICK)
def test_grade_hint_climbs_the_ladder_to_the_code_of_the_answer(exercise_id, tmp_path):
    workspace = stub_workspace(tmp_path)
    shown = []
    for _ in range(4):
        result = invoke("hint", exercise_id, "--workspace", str(workspace), "--lang", "en",
                        "--format", "json")
        assert result.exit_code == 0, result.output
        shown.append(json.loads(result.stdout))
    levels = [hint["level"] for hint in shown]
    assert levels[:3] == [1, 2, 3] and levels[3] == levels[2] == shown[-1]["levels"]
    hints = exercise_text(exercise_id).hints.values()
    assert shown[-1]["hint"] in [ladder[-1] for ladder in hints]  # the last rung: code
    assert "self." in shown[-1]["hint"]


def test_status_counts_the_chapter_once_graded(solved_workspace):
    assert invoke(*QUICK, "--workspace", str(solved_workspace)).exit_code == 0
    result = invoke("status", "--workspace", str(solved_workspace), "--format", "json")
    assert result.exit_code == 0, result.output
    text = json.dumps(json.loads(result.stdout))
    assert all(exercise_id in text for exercise_id in QUICK)


def test_solution_is_refused_on_the_stub_and_shown_once_passed(solved_workspace, tmp_path):
    refused = invoke("solution", "ch06.dropout", "--workspace",
                     str(stub_workspace(tmp_path / "stub")), "--lang", "en")
    assert refused.exit_code == 1 and "once your own version passes" in flat(refused.stderr)
    shown = invoke("solution", "ch06.dropout", "--workspace", str(solved_workspace), "--lang",
                   "en")
    assert shown.exit_code == 0 and "class Dropout" in shown.stdout


def test_reset_puts_the_stub_back(solved_workspace):
    reset = invoke("reset", "ch06.dropout", "--yes", "--workspace", str(solved_workspace))
    assert reset.exit_code == 0, reset.output
    stub = (KIT / "exercises" / "ch06_techniques" / "dropout.py").read_text(encoding="utf-8")
    assert (solved_workspace / "ch06_techniques" / "dropout.py").read_text(
        encoding="utf-8") == stub


def test_watch_starts_on_the_exercise_named(tmp_path):
    workspace = stub_workspace(tmp_path)
    done = subprocess.run([sys.executable, "-m", "grader", "watch", "ch06.dropout", "--lang",
                           "en", "--workspace", str(workspace)], input="q\n",
                          capture_output=True, text=True, timeout=120, cwd=KIT)
    assert done.returncode == 0, done.stderr
    assert "ch06.dropout" in done.stdout and "NotImplementedError" in done.stdout


def test_assign_release_and_batch(tmp_path, monkeypatch):
    """An instructor assigns two chapter-6 exercises, releases the kit (answers recorded,
    replayed without solutions) and grades a small class with it."""
    course = load_course()
    monkeypatch.setenv("NNKATA_COURSE", str(tmp_path / "nnkata-course.toml"))
    assigned = invoke("assign", *QUICK, "--due", "2099-12-15", "--lang", "en")
    assert assigned.exit_code == 0, assigned.output
    text = (tmp_path / "nnkata-course.toml").read_text(encoding="utf-8")
    assignment = parse_assignment(text, tmp_path / "nnkata-course.toml", course)
    done = release(tmp_path / "kit", course, assignment, seeds=1)
    assert done.exercises == QUICK

    submissions = tmp_path / "submissions"
    copy_workspace(SOLUTIONS, submissions / "right")
    copy_workspace(KIT / "exercises", submissions / "stub")
    wrong = copy_workspace(SOLUTIONS, submissions / "wrong")
    dropout = wrong / "ch06_techniques" / "dropout.py"
    mutant = MUTANTS / "ch06_techniques" / "dropout" / "not_scaled_at_test_time.py"
    dropout.write_text(dropout.read_text(encoding="utf-8") + "\n\n"
                       + mutant.read_text(encoding="utf-8"), encoding="utf-8")
    batch = Batch(submissions, tmp_path / "out" / "gradebook.csv", tmp_path / "out" / "results",
                  course, assignment, jobs=2, seed=1)
    run_batch(batch)
    rows = {r["student"]: r for r in read_gradebook(batch.gradebook.read_text(
        encoding="utf-8"))}
    totals = {name: float(rows[name]["total"]) for name in ("right", "stub", "wrong")}
    assert totals["right"] > totals["wrong"] > totals["stub"] == 0

