"""Exam mode keeps its word: no expected value in what a student reads, in `grade` (every mutant,
see `test_mutants.py`) and in the feedback files of `grade batch`; the search for them
(`exam_leaks`) finds what it should; and no hint goes beyond the levels the course allows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from conftest import KIT, MUTANTS
from exam_leaks import Log, leaks
from learner_helpers import course_file, flat, invoke, stub_workspace
from mutant_helpers import SEED, grade_recorded, mutated_workspace

from grader.catalog import load_course
from grader.checks.api import show
from grader.instructor.assignment import Assigned, parse_assignment, render_assignment
from grader.learner.settings import CourseSettings
from grader.texts import hint_levels

# one mutant per student, each from an exercise whose messages once printed expected values
CLASS = {"ami": "ch03_neural_network/activations/sigmoid_wrong_sign",
         "bruno": "ch04_learning/losses/cee_batch_not_averaged",
         "chloe": "ch05_backprop/layers/softmax_loss_not_divided"}
ASSIGNED = ["ch03.activations", "ch04.losses", "ch05.layers"]
COURSE = """lang = "ja"

[settings]
exam = true

""" + "".join(f'[[assign]]\nid = "{i}"\n\n' for i in ASSIGNED)


def test_batch_feedback_in_exam_mode_shows_no_reference_value(tmp_path, monkeypatch):
    submissions = tmp_path / "submissions"
    for name, mutant in CLASS.items():
        mutated_workspace(MUTANTS / f"{mutant}.py", submissions / name)
    course = tmp_path / "nnkata-course.toml"
    course.write_text(COURSE, encoding="utf-8")
    out = tmp_path / "out" / "gradebook.csv"
    result = invoke("batch", str(submissions), "--out", str(out), "--seed", str(SEED),
                    "--jobs", "1", "--course", str(course))
    assert result.exit_code == 0, result.output
    for name in CLASS:
        _results, log = grade_recorded(submissions / name, ASSIGNED, "ja", monkeypatch)
        folder = out.with_suffix("") / "students" / name
        for file in ("feedback.txt", "result.json", "results.json"):
            text = (folder / file).read_text(encoding="utf-8")
            assert "sigmoid" in text or "cross_entropy" in text or "layer" in text
            assert not leaks(text, log, "ja"), (name, file)


def test_the_same_class_outside_exam_mode_shows_expected_values(tmp_path, monkeypatch):
    """The search is not blind: without exam mode, the same mistakes show their answers."""
    workspace = mutated_workspace(MUTANTS / f"{CLASS['bruno']}.py", tmp_path / "ws")
    results, log = grade_recorded(workspace, ["ch04.losses"], "fr", monkeypatch,
                                  show_expected=True)
    messages = "\n".join(c.message for c in results[0].checks if not c.passed)
    assert leaks(messages, log, "fr")


def _log(outputs, inputs=()) -> Log:
    return Log(list(outputs), list(inputs))


def test_a_value_is_found_however_it_is_written():
    log = _log([0.0037749812, 1.7770730712, np.array([0.51082562, 0.2])])
    assert leaks("the expected value is 0.0037749812", log, "en")
    assert leaks("5 fois la valeur attendue 1,7770731", log, "fr")
    assert leaks("正しい値は 1.777 です", log, "ja")
    assert leaks("element 0.510826", log, "en")
    assert leaks(f"Expected: {show(np.array([0.51082562, 0.2]))}", log, "en")


def test_small_numbers_inputs_and_rounded_array_elements_are_not_counted():
    log = _log([1.0, 0.5, np.array([0.73105858, 12.0])], inputs=[np.array([12.0, 3.25])])
    assert not leaks("it returned 1 and 0.5", log, "en")
    assert not leaks("for x = 12.0 it gives 0.7311", log, "en")  # an input; 4 decimals
    assert not leaks(f"x = {show(np.array([12.0, 3.25]))}", log, "en")



# ------------------------------------------------------------ hint levels in exam mode


def _hint_levels(workspace, times: int) -> list[dict]:
    return [json.loads(invoke("hint", "ch02.gates", "--workspace", str(workspace),
                              "--format", "json").stdout) for _ in range(times)]


def test_exam_mode_shows_the_first_level_of_a_hint_and_says_why_no_more(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true")
    answers = _hint_levels(stub_workspace(tmp_path), 3)
    assert [a["level"] for a in answers] == [1, 1, 1]
    assert all(a["limit"] == 1 and "exam" in a["message"] for a in answers)


def test_the_course_file_says_how_many_levels_exam_mode_allows(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true\nexam_hint_levels = 2")
    answers = _hint_levels(stub_workspace(tmp_path), 3)
    assert [a["level"] for a in answers] == [1, 2, 2]
    assert "message" not in answers[0] and answers[2]["limit"] == 2


def test_a_state_file_edited_by_hand_shows_no_level_beyond_the_limit(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true")
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text(json.dumps(
        {"hints": {"ch02.gates": {"perceptron": 9}}, "last": {}}))
    result = json.loads(invoke("ch02.gates", "--workspace", str(workspace), "--format",
                               "json").stdout)
    shown = next(c for c in result["exercises"][0]["checks"] if c["hint_key"] == "perceptron")
    assert shown["hint"] == hint_levels("ch02.gates", "perceptron")[0]


def test_watch_mode_h_keeps_to_the_limit_too(tmp_path, monkeypatch):
    path = course_file(tmp_path, monkeypatch, "exam = true")
    done = subprocess.run(
        [sys.executable, "-m", "grader", "watch", "--lang", "fr", "--workspace",
         str(stub_workspace(tmp_path))], input="h\nh\nq\n", capture_output=True, text=True,
        timeout=120, cwd=KIT, env=os.environ | {"NNKATA_COURSE": str(path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Indice 1 sur") == 2 and "Indice 2 sur" not in done.stdout
    assert "examen" in flat(done.stdout)


def test_exam_hint_levels_must_be_a_whole_number_of_one_or_more(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true\nexam_hint_levels = 0")
    result = invoke("hint", "ch02.gates", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 2 and "exam_hint_levels" in result.stderr
    assert "Traceback" not in result.output


def test_rewriting_the_course_file_keeps_the_hint_levels_of_exam_mode():
    settings = CourseSettings(solutions="never", exam=True, exam_hint_levels=2)
    text = render_assignment([Assigned("ch02")], lang=None, due=None, timezone=None, title=None,
                             settings=settings)
    course = load_course()
    assert parse_assignment(text, Path("nnkata-course.toml"), course).settings == settings
