"""The kit in a notebook: `%%grade` in a real Jupyter kernel (nbclient) writes the cell as the
learner's module and grades it through the same sandbox as `grade`; the result shows as HTML with
every message escaped; a cell that does not parse, or defines none of the exercise's names,
leaves the file as it was; a Japanese workspace answers in Japanese."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from conftest import EXERCISES, SOLUTIONS, copy_workspace
from nbclient import NotebookClient

SOFTMAX = (SOLUTIONS / "ch03_neural_network" / "softmax.py").read_text(encoding="utf-8")
MARKUP = 'def step_function(x):\n    return "<script>alert(1)</script>"\n'
BROKEN = "def init_network(:\n    pass\n"
UNRELATED = "x = 1\n"


def _cells(english: Path, japanese: Path) -> list[str]:
    return ["%load_ext grader.notebook",
            f"%grade_workspace {english}",
            f"%%grade ch03.softmax\n{SOFTMAX}",
            "r = _\nprint(r.passed, r.score == r.max_score > 0, len(r.checks) > 0)",
            f"%%grade ch03.activations\n{MARKUP}",
            f"%%grade ch03.forward\n{BROKEN}",
            f"%%grade ch03.forward\n{UNRELATED}",
            f"%grade_workspace {japanese}",
            f"%%grade ch03.softmax\n{SOFTMAX}"]


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[list, Path, Path]:
    base = tmp_path_factory.mktemp("notebook")
    english = copy_workspace(EXERCISES, base / "english")
    japanese = copy_workspace(EXERCISES, base / "japanese")
    (japanese / ".nnkata").mkdir()
    (japanese / ".nnkata" / "state.json").write_text(json.dumps({"lang": "ja"}))
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(c) for c in _cells(english, japanese)])
    NotebookClient(notebook, kernel_name="python3", timeout=120,
                   resources={"metadata": {"path": str(base)}}).execute()
    return notebook.cells, english, japanese


def _html(cell) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)


def test_a_right_cell_becomes_the_module_and_passes(run):
    cells, english, _japanese = run
    assert (english / "ch03_neural_network" / "softmax.py").read_text(encoding="utf-8") == SOFTMAX
    assert "✓" in _html(cells[2])
    assert cells[3].outputs[0]["text"].split() == ["True", "True", "True"]


def test_the_result_shows_as_html_with_every_message_escaped(run):
    page = _html(run[0][4])
    assert "step_function" in page and "&lt;script&gt;" in page and "<script>" not in page


def test_a_cell_that_does_not_parse_leaves_the_file_as_it_was(run):
    cells, english, _japanese = run
    assert "line 1" in _html(cells[5])
    stub = (EXERCISES / "ch03_neural_network" / "forward.py").read_text(encoding="utf-8")
    assert (english / "ch03_neural_network" / "forward.py").read_text(encoding="utf-8") == stub


def test_a_cell_without_the_exercises_names_says_which_are_expected(run):
    assert "init_network" in _html(run[0][6])


def test_the_earlier_file_is_kept_in_the_backups(run):
    _cells_, english, _japanese = run
    assert list((english / ".nnkata" / "backups" / "ch03_neural_network").glob("softmax-*.py"))


def test_a_japanese_workspace_is_answered_in_japanese(run):
    assert "合格" in _html(run[0][8])


def test_a_graded_cell_shows_its_result_once(run):
    assert [o.output_type for o in run[0][2].outputs] == ["execute_result"]
