"""`grade plot ch05.train_mnist`: learning curves, confusion matrix and mistakes, as PNG files.

A one-epoch run on the real MNIST (skipped when `<repo>/../shared/mnist` is absent), so that
the pictures are drawn from a true training in the worker, in a few seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXERCISES, SHARED_MNIST, SOLUTIONS
from typer.testing import CliRunner

from grader.catalog import load_course
from grader.cli import build_app
from grader.datasets import mnist
from grader.plots import ch05_train_mnist, plotter
from grader.plugin import make_sandbox
from grader.reference import Reference

pytestmark = pytest.mark.skipif(
    not all((SHARED_MNIST / spec.name).is_file() for spec in mnist.FILES.values()),
    reason=f"the original MNIST files are not in {SHARED_MNIST} (CI puts them there)")

SHORT = {"epochs": 1, "batch_size": 100, "learning_rate": 0.5, "hidden_size": 32, "seed": 0}
NAMES = ["ch05_train_mnist_curves.png", "ch05_train_mnist_confusion.png",
         "ch05_train_mnist_mistakes.png"]


@pytest.fixture(autouse=True)
def real_mnist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(mnist.ENV_VAR, str(SHARED_MNIST))
    monkeypatch.setattr(ch05_train_mnist, "SETTINGS", SHORT)


def _is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


def test_draw_saves_three_pictures_of_a_real_run(tmp_path: Path):
    course = load_course()
    exercise = course.exercise("ch05.train_mnist")
    reference = Reference()
    assert plotter(exercise.id) is ch05_train_mnist
    with make_sandbox(course, exercise, SOLUTIONS, reference, time_factor=4) as sandbox:
        paths = ch05_train_mnist.draw(sandbox.module_proxy(), reference.module(exercise),
                                      tmp_path)
    assert [p.name for p in paths] == NAMES
    assert all(_is_png(p) for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)  # no temporary files


def test_grade_plot_writes_the_pictures(tmp_path: Path):
    result = CliRunner().invoke(build_app(), ["plot", "ch05.train_mnist", "--workspace",
                                              str(SOLUTIONS), "--out", str(tmp_path),
                                              "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)


def test_grade_plot_on_the_stub_explains_and_draws_nothing(tmp_path: Path):
    result = CliRunner().invoke(build_app(), ["plot", "ch05.train_mnist", "--workspace",
                                              str(EXERCISES), "--out", str(tmp_path),
                                              "--lang", "en"])
    assert result.exit_code == 1
    assert "NotImplementedError" in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []
