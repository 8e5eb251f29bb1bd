"""`grade status`: progress per chapter, read from the workspace's state file."""

from __future__ import annotations

import json

from learner_helpers import invoke, stub_workspace

from grader.workspace import State


def status_json(workspace) -> dict:
    result = invoke("status", "--workspace", str(workspace), "--format", "json")
    assert result.exit_code == 0, result.output
    return {c["id"]: c for c in json.loads(result.stdout)["chapters"]}


def test_a_fresh_workspace_has_nothing_passed_and_no_attempt(tmp_path):
    chapters = status_json(stub_workspace(tmp_path))
    assert chapters["ch02"]["passed"] == 0 and chapters["ch02"]["score"] == 0
    assert chapters["ch02"]["last_attempt"] is None


def test_a_graded_exercise_counts_with_its_points_and_attempts(solved_workspace):
    invoke("ch02.gates", "--workspace", str(solved_workspace))
    invoke("ch02.gates", "--workspace", str(solved_workspace))
    ch02 = status_json(solved_workspace)["ch02"]
    assert ch02["passed"] == 1 and ch02["score"] == ch02["max_score"] == 15
    assert ch02["details"][0]["attempts"] == 2 and ch02["last_attempt"]


def test_hint_levels_used_are_counted(tmp_path):
    workspace = stub_workspace(tmp_path)
    for _ in range(2):
        invoke("hint", "ch02.gates", "--workspace", str(workspace))
    assert status_json(workspace)["ch02"]["hints"] == 2


def test_the_table_shows_counts_points_and_when(solved_workspace):
    invoke("ch02.gates", "--workspace", str(solved_workspace))
    result = invoke("status", "--workspace", str(solved_workspace))
    assert "1/1" in result.stdout and "15/15" in result.stdout
    assert "second" in result.stdout or "now" in result.stdout


def test_the_next_unsolved_exercise_is_named(solved_workspace):
    invoke("ch02.gates", "--workspace", str(solved_workspace))
    result = invoke("status", "--workspace", str(solved_workspace))
    assert "Next: ch03.activations" in result.stdout


def test_the_state_keeps_the_number_of_attempts(tmp_path):
    state = State(tmp_path)
    state.record("ch02.gates", False, 0.0, "2026-01-01T00:00:00+00:00")
    state.record("ch02.gates", True, 15.0, "2026-01-02T00:00:00+00:00")
    assert state.last("ch02.gates")["attempts"] == 2
