"""`grade` as a learner meets it: exit statuses, JSON on stdout, translated errors, hints."""

from __future__ import annotations

import json

from conftest import EXERCISES, SOLUTIONS
from typer.testing import CliRunner

from grader.cli import build_app, prepare_language
from grader.texts import hint_levels
from grader.workspace import State


def invoke(*args: str):
    prepare_language(list(args))
    return CliRunner().invoke(build_app(), list(args), prog_name="grade")


def test_solutions_pass_with_exit_status_0():
    result = invoke("ch02", "--workspace", str(SOLUTIONS))
    assert result.exit_code == 0
    assert "ch02.gates" in result.stdout


def test_stubs_fail_with_exit_status_1_and_say_how_to_get_a_hint():
    result = invoke("--workspace", str(EXERCISES), "ch02.gates")
    assert result.exit_code == 1
    assert "grade hint ch02.gates" in result.stdout


def test_json_output_is_the_result_object_and_nothing_else():
    result = invoke("ch02.gates", "--workspace", str(SOLUTIONS), "--format", "json")
    report = json.loads(result.stdout)
    assert set(report) >= {"score", "max_score", "exercises"}
    exercise = report["exercises"][0]
    assert set(exercise) >= {"id", "passed", "score", "max_score", "checks"}
    assert set(exercise["checks"][0]) >= {"id", "passed", "message", "hint"}
    assert report["score"] == report["max_score"]


def test_unknown_exercise_is_a_usage_error():
    result = invoke("ch99.nothing", "--workspace", str(SOLUTIONS))
    assert result.exit_code == 2
    assert "ch99.nothing" in result.stderr and "Traceback" not in result.output


def test_missing_workspace_is_a_usage_error(tmp_path):
    result = invoke("--workspace", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "nowhere" in result.stderr


def test_no_workspace_found_from_here_upward(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("list")
    assert result.exit_code == 2
    assert "exercises/" in result.stderr


def test_the_workspace_is_found_from_a_subfolder(solved_workspace, monkeypatch):
    kit = solved_workspace.parent
    solved_workspace.rename(kit / "exercises")
    monkeypatch.chdir(kit / "exercises" / "ch02_perceptron")
    assert invoke("ch02").exit_code == 0


def test_unknown_language_is_a_usage_error():
    result = invoke("list", "--lang", "de", "--workspace", str(SOLUTIONS))
    assert result.exit_code == 2
    assert "de" in result.stderr


def test_options_may_come_before_the_command():
    result = invoke("--workspace", str(SOLUTIONS), "--lang", "en", "list")
    assert result.exit_code == 0
    assert "ch02.gates" in result.stdout


def test_show_prints_the_statement():
    result = invoke("show", "ch02.gates", "--workspace", str(EXERCISES))
    assert result.exit_code == 0
    assert "XOR" in result.stdout


def test_hints_get_more_precise_and_are_remembered(tmp_path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "ch02_perceptron").mkdir()
    (workspace / "ch02_perceptron" / "gates.py").write_text(
        (EXERCISES / "ch02_perceptron" / "gates.py").read_text())
    count = len(hint_levels("ch02.gates", "perceptron"))
    levels = []
    for _ in range(count + 1):
        result = invoke("hint", "ch02.gates", "--workspace", str(workspace), "--format", "json")
        levels.append(json.loads(result.stdout)["level"])
    assert levels == [*range(1, count + 1), count]
    state = json.loads((workspace / ".nnkata" / "state.json").read_text())
    assert state["hints"]["ch02.gates"]["perceptron"] == count


def test_hint_on_a_passing_exercise_says_so():
    result = invoke("hint", "ch02.gates", "--workspace", str(SOLUTIONS), "--format", "json")
    assert json.loads(result.stdout)["passed"] is True


def test_french_and_japanese_are_spoken():
    fr = invoke("show", "ch02.gates", "--lang", "fr", "--workspace", str(EXERCISES))
    ja = invoke("show", "ch02.gates", "--lang", "ja", "--workspace", str(EXERCISES))
    en = invoke("show", "ch02.gates", "--lang", "en", "--workspace", str(EXERCISES))
    assert fr.stdout != en.stdout and ja.stdout != en.stdout
    assert any("\u3040" <= ch <= "\u30ff" for ch in ja.stdout)


def test_check_option_grades_only_the_checks_named(tmp_path):
    result = invoke("ch02.gates", "--workspace", str(SOLUTIONS), "--format", "json",
                    "--check", "and_truth_table", "--check", "or_truth_table")
    exercise = json.loads(result.stdout)["exercises"][0]
    assert result.exit_code == 0
    assert [c["id"] for c in exercise["checks"]] == ["and_truth_table", "or_truth_table"]
    assert exercise["max_score"] == 2


def test_check_option_fails_on_a_stub_and_records_no_verdict(solved_workspace):
    (solved_workspace / "ch02_perceptron" / "gates.py").write_text(
        (EXERCISES / "ch02_perceptron" / "gates.py").read_text(encoding="utf-8"),
        encoding="utf-8")
    result = invoke("ch02.gates", "--workspace", str(solved_workspace), "--check",
                    "xor_truth_table")
    assert result.exit_code == 1
    assert State(solved_workspace).last("ch02.gates") is None


def test_check_option_needs_exactly_one_exercise():
    result = invoke("ch02", "--workspace", str(SOLUTIONS), "--check", "and_truth_table")
    assert result.exit_code == 2
    assert "--check" in result.stderr and "Traceback" not in result.output


def test_check_option_names_the_exercises_checks_when_one_is_unknown():
    result = invoke("ch03.softmax", "--workspace", str(SOLUTIONS), "--check", "softmax_2d")
    assert result.exit_code == 2
    assert "softmax_2d" in result.stderr and "softmax_rowwise" in result.stderr
