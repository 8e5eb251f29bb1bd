"""Exam mode keeps its word: no expected value in what a student reads, in `grade` (every mutant,
see `test_mutants.py`) and in the feedback files of `grade batch`; and the search for them
(`exam_leaks`) finds what it should."""

from __future__ import annotations

import numpy as np
from conftest import MUTANTS
from exam_leaks import Log, leaks
from learner_helpers import invoke
from test_mutants import SEED, grade_recorded, mutated_workspace

from grader.checks.api import show

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

