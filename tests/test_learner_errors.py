"""Every error a learner can meet ends with one translated paragraph and exit status 2 or 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import KIT
from learner_helpers import flat, invoke, stub_workspace

COMMANDS = [("status",), ("watch",), ("reset", "ch02.gates", "--yes"),
            ("solution", "ch02.gates"), ("hint", "ch02.gates"), ("list",)]


def no_traceback(result) -> bool:
    return "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_no_workspace_here_says_where_to_go(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(*command)
    assert result.exit_code == 2 and no_traceback(result)
    assert "--workspace" in result.stderr


@pytest.mark.parametrize("command", ["watch", "reset", "solution"])
def test_an_unknown_id_points_to_grade_list(command, tmp_path):
    result = invoke(command, "ch09.nothing", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 2 and no_traceback(result)
    assert "grade list" in flat(result.stderr)


@pytest.mark.parametrize("command", COMMANDS + [("ch02",)], ids=lambda c: c[0])
def test_a_damaged_state_file_says_how_to_start_afresh(command, tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text("{not json")
    result = invoke(*command, "--workspace", str(workspace))
    assert result.exit_code == 2 and no_traceback(result)
    assert "damaged" in result.stderr and "Delete that file" in flat(result.stderr)


def test_a_damaged_state_file_is_never_overwritten(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text("[]")
    invoke("ch02", "--workspace", str(workspace))
    assert (workspace / ".nnkata" / "state.json").read_text() == "[]"


def test_the_damage_message_is_in_the_learners_language(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text("{not json")
    result = invoke("status", "--workspace", str(workspace), "--lang", "fr")
    assert "Erreur" in result.stderr and "Supprimez" in result.stderr


def read_only_run(workspace, *args):
    """`grade ARGS` with the workspace read-only, even for root (a read-only bind mount)."""
    command = [sys.executable, "-m", "grader", *args, "--workspace", str(workspace)]
    if os.getuid() != 0:
        workspace.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=KIT)
        finally:
            workspace.chmod(0o755)
    bwrap = shutil.which("bwrap")
    probe = bwrap and subprocess.run([bwrap, "--bind", "/", "/", "true"], capture_output=True)
    if not probe or probe.returncode != 0:
        pytest.skip("root without bubblewrap: a read-only folder cannot be made")
    return subprocess.run([bwrap, "--bind", "/", "/", "--dev", "/dev", "--ro-bind",
                           str(workspace), str(workspace), *command],
                          capture_output=True, text=True, cwd=KIT)


def test_a_read_only_folder_says_how_to_make_it_writable(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / "ch02_perceptron" / "gates.py").write_text("# mine\n")
    result = read_only_run(workspace, "reset", "ch02.gates", "--yes")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "read-only" in flat(result.stderr) and "chmod" in result.stderr


def test_grading_a_read_only_folder_works_and_says_nothing_is_remembered(tmp_path):
    workspace = stub_workspace(tmp_path)
    result = read_only_run(workspace, "ch02.gates", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "ch02.gates" in result.stdout
    assert "could not be saved" in flat(result.stderr) and "chmod" in result.stderr


# ------------------------------------------------------------ paths, seeds and state


def _bad_folder(tmp_path, case: str):
    """A folder path that cannot be used: inside a file, an existing file, or in a folder that
    does not exist."""
    (tmp_path / "notes.txt").write_text("not a folder\n")
    return {"under_a_file": tmp_path / "notes.txt" / "pictures",
            "a_file": tmp_path / "notes.txt",
            "missing_parent": tmp_path / "nowhere" / "pictures"}[case]


CASES = ["under_a_file", "a_file", "missing_parent"]


def unwrapped(text: str) -> str:
    """The text without any whitespace: the terminal may wrap a long path inside a word."""
    return "".join(text.split())


@pytest.mark.parametrize("case", CASES)
def test_plot_out_that_cannot_be_a_folder_is_one_paragraph(case, tmp_path):
    target = _bad_folder(tmp_path, case)
    result = invoke("plot", "ch03.activations", "--out", str(target), "--workspace",
                    str(stub_workspace(tmp_path)))
    assert result.exit_code == 2 and no_traceback(result)
    assert str(target) in unwrapped(result.stderr)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("case", CASES)
def test_init_into_a_path_that_cannot_be_a_folder_is_one_paragraph(case, tmp_path):
    target = _bad_folder(tmp_path, case)
    result = invoke("init", str(target), "--lang", "en")
    assert result.exit_code == 2 and no_traceback(result)
    assert str(target) in unwrapped(result.stderr)
    assert not (tmp_path / "nowhere").exists()
    assert (tmp_path / "notes.txt").read_text() == "not a folder\n"


def test_a_bad_path_is_explained_in_the_learners_language(tmp_path):
    result = invoke("init", str(_bad_folder(tmp_path, "missing_parent")), "--lang", "ja")
    assert result.exit_code == 2 and "フォルダー" in result.stderr


@pytest.mark.parametrize("seed", ["-1", "abc", "1.5"])
def test_a_bad_seed_is_a_usage_error_not_a_failure_of_every_check(seed, tmp_path):
    result = invoke("ch02", "--seed", seed, "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 2 and no_traceback(result)
    assert "--seed" in result.output and "grader itself failed" not in result.output


def test_a_deeply_nested_state_file_is_damaged_not_a_traceback(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text("[" * 100_000 + "]" * 100_000)
    result = invoke("status", "--workspace", str(workspace))
    assert result.exit_code == 2 and no_traceback(result)
    assert "damaged" in result.stderr and "Delete that file" in flat(result.stderr)
