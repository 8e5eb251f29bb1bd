"""The first run: `grade` on a fresh workspace shows the next exercise to do, what it asks and the
commands that help, not a wall of failures; `grade --all` shows everything; a note said for the
whole run is said once; the summary speaks each language's grammar."""

from __future__ import annotations

import io
import json

import pytest
from learner_helpers import course_file, flat, invoke, stub_workspace
from rich.console import Console

from grader.i18n import set_language
from grader.render import show_run, summary, what_it_asks
from grader.results import CheckResult, ExerciseResult, RunResult, reference_note


def check(passed: bool) -> CheckResult:
    return CheckResult("c", passed, "" if passed else "Not implemented yet.", "",
                       1.0 if passed else 0.0, 1.0)


def exercise(exercise_id: str, passed: bool, graded_with: list[str] = ()) -> ExerciseResult:
    used = list(graded_with)
    return ExerciseResult(exercise_id, exercise_id, [check(passed)],
                          [reference_note(used)] if used else [], graded_with=used)


def shown(result: RunResult, **options) -> str:
    console = Console(width=400, file=io.StringIO(), highlight=False)  # no line is wrapped
    show_run(console, result, **options)
    return console.file.getvalue()


COURSE = RunResult([exercise("ch02.gates", True), exercise("ch03.activations", False),
                    exercise("ch03.forward", False, ["ch03.activations"]),
                    exercise("ch04.two_layer_net", False, ["ch03.activations", "ch03.softmax"])],
                   seed=1, lang="en")


def test_the_whole_course_shows_the_next_exercise_and_what_it_asks():
    text = flat(shown(COURSE, focus=True))
    assert "Next: ch03.activations" in text and "Not implemented yet." in text
    assert flat(what_it_asks("ch03.activations")) in text
    assert "grade show ch03.activations" in text and "grade watch" in text


def test_what_it_asks_goes_on_after_a_paragraph_that_announces_a_formula():
    asked = what_it_asks("ch02.gates")
    assert asked.split("\n\n")[0].endswith(":") and len(asked.split("\n\n")) == 2


def test_the_rest_is_one_line_pointing_to_all_and_list():
    text = flat(shown(COURSE, focus=True))
    assert "2 more exercises to do after this one" in text
    assert "grade --all" in text and "grade list" in text
    assert "ch03.forward" not in text and "ch04.two_layer_net" not in text


def test_all_shows_every_exercise():
    text = shown(COURSE)
    assert all(e.id in text for e in COURSE.exercises)


def test_a_course_where_everything_passed_shows_the_table():
    passed = RunResult([exercise("ch02.gates", True)], seed=1, lang="en")
    assert "ch02.gates" in shown(passed, focus=True) and "Next:" not in shown(passed, focus=True)


def test_the_reference_note_is_said_once_for_the_whole_table():
    text = flat(shown(COURSE))
    assert text.count("reference version") == 1
    assert "Exercises that use ch03.activations and ch03.softmax were graded with their " \
           "reference versions" in text


def test_the_json_keeps_each_exercises_note_and_says_what_it_was_graded_with():
    data = COURSE.to_dict()["exercises"][3]
    assert data["notes"] == [reference_note(["ch03.activations", "ch03.softmax"])]
    assert data["graded_with"] == ["ch03.activations", "ch03.softmax"]


@pytest.mark.parametrize(("passed", "total", "french"), [
    (0, 1, "0 exercice réussi sur 1"),
    (1, 3, "1 exercice réussi sur 3"),
    (2, 3, "2 exercices réussis sur 3"),
])
def test_french_plurals_follow_the_number_passed(passed, total, french):
    set_language("fr")
    result = RunResult([exercise(f"e{i}", i < passed) for i in range(total)], seed=1, lang="fr")
    assert summary(result).startswith(french)


def test_english_plurals_too():
    result = RunResult([exercise("a", True), exercise("b", False)], seed=1, lang="en")
    assert summary(result).startswith("1 exercise passed out of 2")


# Through the command line, on a fresh workspace (chapter 2 assigned, so it is quick)


def test_a_fresh_workspaces_first_grade_shows_where_to_start(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch)
    result = invoke("--workspace", str(stub_workspace(tmp_path)))
    text = flat(result.stdout)
    assert result.exit_code == 1 and "Next: ch02.gates" in text
    assert "perceptron" in text and "NotImplementedError" in text
    assert "grade show ch02.gates" in text and "grade watch" in text


def test_grade_all_shows_the_table(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch)
    result = invoke("--all", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 1 and "What to look at" in result.stdout
    assert "Next:" not in result.stdout


def test_the_first_run_in_japanese(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch)
    result = invoke("--lang", "ja", "--workspace", str(stub_workspace(tmp_path)))
    assert "次の演習：ch02.gates" in result.stdout and "grade watch" in result.stdout


def test_the_json_of_the_first_run_is_the_usual_result(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch)
    result = invoke("--format", "json", "--workspace", str(stub_workspace(tmp_path)))
    report = json.loads(result.stdout)
    assert [e["id"] for e in report["exercises"]] == ["ch02.gates"]
    assert report["exercises"][0]["graded_with"] == []
