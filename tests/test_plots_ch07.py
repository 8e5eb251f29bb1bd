"""`grade plot ch07.train_convnet`: learning curves, confusion matrix and the first layer's
filters before and after training, as PNG files, from a short real run (skipped when
`<repo>/../shared/mnist` is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXERCISES, SHARED_MNIST, SOLUTIONS
from typer.testing import CliRunner

from grader.catalog import load_course
from grader.cli import build_app
from grader.datasets import mnist
from grader.plots import ch07_train_convnet, plotter
from grader.plugin import make_sandbox
from grader.reference import Reference

pytestmark = pytest.mark.skipif(
    not all((SHARED_MNIST / spec.name).is_file() for spec in mnist.FILES.values()),
    reason=f"the original MNIST files are not in {SHARED_MNIST} (CI puts them there)")

SHORT = {"epochs": 1, "batch_size": 50, "learning_rate": 0.004, "train_size": 1000, "seed": 0}
NAMES = ["ch07_train_convnet_curves.png", "ch07_train_convnet_confusion.png",
         "ch07_train_convnet_filters.png"]


@pytest.fixture(autouse=True)
def real_mnist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(mnist.ENV_VAR, str(SHARED_MNIST))
    monkeypatch.setattr(ch07_train_convnet, "SETTINGS", SHORT)


def _is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


def test_draw_saves_three_pictures_of_a_real_run(tmp_path: Path):
    course = load_course()
    exercise = course.exercise("ch07.train_convnet")
    reference = Reference()
    assert plotter(exercise.id) is ch07_train_convnet
    with make_sandbox(course, exercise, SOLUTIONS, reference, time_factor=4) as sandbox:
        paths = ch07_train_convnet.draw(sandbox.module_proxy(), reference.module(exercise),
                                        tmp_path)
    assert [p.name for p in paths] == NAMES
    assert all(_is_png(p) for p in paths)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)  # no temporary files


@pytest.mark.parametrize("lang", ["ja"])
def test_grade_plot_writes_the_pictures_in_the_learners_language(tmp_path: Path, lang: str):
    result = CliRunner().invoke(build_app(), ["plot", "ch07.train_convnet", "--workspace",
                                              str(SOLUTIONS), "--out", str(tmp_path),
                                              "--lang", lang])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)


def test_grade_plot_on_the_stub_explains_and_draws_nothing(tmp_path: Path):
    result = CliRunner().invoke(build_app(), ["plot", "ch07.train_convnet", "--workspace",
                                              str(EXERCISES), "--out", str(tmp_path),
                                              "--lang", "en"])
    assert result.exit_code == 1
    assert "NotImplementedError" in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []
