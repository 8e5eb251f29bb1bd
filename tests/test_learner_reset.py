"""`grade reset ID`: the stub comes back after confirmation, the learner's version is kept."""

from __future__ import annotations

from conftest import EXERCISES, SOLUTIONS
from learner_helpers import invoke, stub_workspace

GATES = "ch02_perceptron/gates.py"


def solved_gates(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / GATES).write_text((SOLUTIONS / GATES).read_text())
    return workspace


def test_reset_asks_first_and_changes_nothing_without_a_yes(tmp_path):
    workspace = solved_gates(tmp_path)
    result = invoke("reset", "ch02.gates", "--workspace", str(workspace), input="n\n")
    assert result.exit_code == 1
    assert (workspace / GATES).read_text() == (SOLUTIONS / GATES).read_text()


def test_reset_after_yes_restores_the_stub(tmp_path):
    workspace = solved_gates(tmp_path)
    result = invoke("reset", "ch02.gates", "--workspace", str(workspace), input="y\n")
    assert result.exit_code == 0, result.output
    assert (workspace / GATES).read_text() == (EXERCISES / GATES).read_text()


def test_reset_keeps_a_backup_and_says_where(tmp_path):
    workspace = solved_gates(tmp_path)
    result = invoke("reset", "ch02.gates", "--yes", "--workspace", str(workspace))
    backups = list((workspace / ".nnkata" / "backups" / "ch02_perceptron").glob("gates-*.py"))
    assert len(backups) == 1
    assert backups[0].read_text() == (SOLUTIONS / GATES).read_text()
    assert backups[0].name in result.stdout.replace("\n", "")


def test_two_resets_keep_two_backups(tmp_path):
    workspace = solved_gates(tmp_path)
    invoke("reset", "ch02.gates", "--yes", "--workspace", str(workspace))
    (workspace / GATES).write_text("# second try\n")
    invoke("reset", "ch02.gates", "--yes", "--workspace", str(workspace))
    assert len(list((workspace / ".nnkata" / "backups").rglob("gates-*.py"))) == 2


def test_resetting_an_untouched_stub_does_nothing(tmp_path):
    workspace = stub_workspace(tmp_path)
    result = invoke("reset", "ch02.gates", "--yes", "--workspace", str(workspace))
    assert result.exit_code == 0 and "already" in result.stdout
    assert not (workspace / ".nnkata" / "backups").exists()


def test_a_missing_file_is_simply_restored(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / GATES).unlink()
    result = invoke("reset", "ch02.gates", "--workspace", str(workspace))
    assert result.exit_code == 0
    assert (workspace / GATES).read_text() == (EXERCISES / GATES).read_text()


def test_reset_in_a_workspace_made_in_french_restores_the_french_stub(tmp_path):
    workspace = tmp_path / "mine"
    assert invoke("init", str(workspace), "--lang", "fr").exit_code == 0
    french = (workspace / GATES).read_text()
    (workspace / GATES).write_text((SOLUTIONS / GATES).read_text())
    result = invoke("reset", "ch02.gates", "--yes", "--workspace", str(workspace))
    assert result.exit_code == 0, result.output
    assert (workspace / GATES).read_text() == french != (EXERCISES / GATES).read_text()
