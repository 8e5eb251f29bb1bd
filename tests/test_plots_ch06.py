"""Chapter 6's pictures: the optimizers' paths and the activation histograms are drawn for the
reference solutions and for the stubs (with a note where the learner's part is missing); the
overfitting curves come from real, short runs on MNIST, and the stub gets an explanation."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXERCISES, SHARED_MNIST, SOLUTIONS
from typer.testing import CliRunner

from grader.catalog import load_course
from grader.cli import build_app
from grader.datasets import mnist
from grader.plots import ch06_overfitting, plotter
from grader.plugin import make_sandbox
from grader.reference import Reference

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MNIST_THERE = all((SHARED_MNIST / spec.name).is_file() for spec in mnist.FILES.values())


def _draw(exercise_id: str, workspace: Path, out: Path) -> list[Path]:
    course = load_course()
    exercise = course.exercise(exercise_id)
    reference = Reference()
    with make_sandbox(course, exercise, workspace, reference, time_factor=4) as sandbox:
        return plotter(exercise_id).draw(sandbox.module_proxy(), reference.module(exercise), out)


def _is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == PNG_MAGIC and path.stat().st_size > 10_000


@pytest.mark.parametrize("workspace", [SOLUTIONS, EXERCISES], ids=["solutions", "stubs"])
@pytest.mark.parametrize("exercise_id", ["ch06.optimizers", "ch06.weight_init"])
def test_the_picture_is_drawn_for_solutions_and_stubs(exercise_id: str, workspace: Path,
                                                      tmp_path: Path):
    paths = _draw(exercise_id, workspace, tmp_path)
    assert [p.name for p in paths] == [exercise_id.replace(".", "_") + ".png"]
    assert _is_png(paths[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == [paths[0].name]  # no temporary file


needs_mnist_files = pytest.mark.skipif(
    not MNIST_THERE, reason=f"the original MNIST files are not in {SHARED_MNIST}")


@pytest.fixture
def short_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(mnist.ENV_VAR, str(SHARED_MNIST))
    monkeypatch.setattr(ch06_overfitting, "EPOCHS", 3)


@needs_mnist_files
def test_the_overfitting_curves_come_from_real_runs(short_runs, tmp_path: Path):
    paths = _draw("ch06.overfitting", SOLUTIONS, tmp_path)
    assert [p.name for p in paths] == ["ch06_overfitting.png"]
    assert _is_png(paths[0])


@needs_mnist_files
def test_grade_plot_on_the_overfitting_stub_explains_and_draws_nothing(short_runs,
                                                                       tmp_path: Path):
    result = CliRunner().invoke(build_app(), ["plot", "ch06.overfitting", "--workspace",
                                              str(EXERCISES), "--out", str(tmp_path),
                                              "--lang", "fr"])
    assert result.exit_code == 1
    assert "NotImplementedError" in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []
