"""The book's own code passes chapter 7: its im2col and col2im, Convolution and Pooling,
SimpleConvNet and a training run with its Trainer's habits, rewritten in
`tests/book_style/ch07_cnn/` from the book's formulas and conventions (its names and defaults,
no seed, float64, np.random, an OrderedDict of layers), pasted over the reference and graded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import NEEDS_MNIST, SOLUTIONS, copy_workspace, grade_ids, needs_mnist

BOOK = Path(__file__).with_name("book_style") / "ch07_cnn"
IDS = ["ch07.im2col", "ch07.conv_layers", "ch07.simple_convnet", "ch07.train_convnet"]


@pytest.fixture
def book_workspace(tmp_path: Path) -> Path:
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    for path in BOOK.glob("*.py"):
        shutil.copy(path, workspace / "ch07_cnn" / path.name)
    return workspace


@pytest.mark.parametrize("exercise_id", [
    pytest.param(i, marks=[needs_mnist] if i in NEEDS_MNIST else []) for i in IDS])
def test_the_books_code_gets_full_marks(book_workspace: Path, exercise_id: str):
    exercise = grade_ids(book_workspace, exercise_id).exercises[0]
    failures = {c.id: c.message for c in exercise.checks if not c.passed}
    assert not failures
    assert exercise.score == exercise.max_score
