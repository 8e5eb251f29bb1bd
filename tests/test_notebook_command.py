"""`grade notebook CHAPTER` writes the chapter as a notebook into the workspace: statements in the
learner's language, one `%%grade` cell per exercise with the current code, pictures where there
are some; it runs top to bottom while the stubs are unfinished, and asks before writing over."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from learner_helpers import invoke, stub_workspace
from nbclient import NotebookClient


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, str]:
    workspace = stub_workspace(tmp_path_factory.mktemp("chapter"))
    result = invoke("notebook", "ch03", "--workspace", str(workspace), "--lang", "fr")
    assert result.exit_code == 0, result.output
    return workspace, result.stdout


def test_the_last_line_is_the_notebooks_path(written):
    workspace, out = written
    assert out.strip().splitlines()[-1] == str(workspace / "ch03.ipynb")


def test_each_exercise_has_its_statement_and_a_grade_cell_with_its_code(written):
    workspace, _out = written
    notebook = nbformat.read(workspace / "ch03.ipynb", as_version=4)
    nbformat.validate(notebook)
    sources = [c.source for c in notebook.cells]
    stub = (workspace / "ch03_neural_network" / "softmax.py").read_text(encoding="utf-8")
    assert f"%%grade ch03.softmax\n{stub}" in sources
    assert "%grade_plot ch03.activations" in sources
    assert any(c.cell_type == "markdown" and "ch03.softmax" in c.source and "Softmax" in c.source
               for c in notebook.cells)


def test_the_notebook_runs_top_to_bottom_while_the_stubs_are_unfinished(written):
    workspace, _out = written
    notebook = nbformat.read(workspace / "ch03.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name="python3", timeout=120,
                   resources={"metadata": {"path": str(workspace)}}).execute()
    graded = [c for c in notebook.cells if c.source.startswith("%%grade")]
    assert all(any(o.output_type == "execute_result" for o in c.outputs) for c in graded)


def test_writing_over_a_notebook_asks_first(written):
    workspace, _out = written
    before = (workspace / "ch03.ipynb").read_bytes()
    result = invoke("notebook", "ch03", "--workspace", str(workspace), input="n\n")
    assert result.exit_code == 1 and (workspace / "ch03.ipynb").read_bytes() == before
