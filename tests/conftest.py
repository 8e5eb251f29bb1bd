"""Shared fixtures for the kit's own tests: throw-away workspaces and one-call grading."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grader.catalog import load_course
from grader.datasets.mnist import find_mnist
from grader.i18n import set_language
from grader.runner import grade

KIT = Path(__file__).resolve().parents[1]
SOLUTIONS = KIT / "solutions"
EXERCISES = KIT / "exercises"
MUTANTS = Path(__file__).with_name("mutants")
SHARED_MNIST = KIT.parent / "shared" / "mnist"

if SHARED_MNIST.is_dir():  # CI puts the original MNIST files beside the repo: never download
    os.environ.setdefault("NNKATA_MNIST_DIR", str(SHARED_MNIST))

NEEDS_MNIST = frozenset({"ch05.train_mnist", "ch06.overfitting"})
MNIST_HERE = find_mnist() is not None
needs_mnist = pytest.mark.skipif(
    not MNIST_HERE, reason="MNIST is not on this machine, and the kit's tests never download it")


def gradable_here() -> list[str]:
    """Every exercise in the catalog, less those that need MNIST when this machine lacks it."""
    return [e.id for e in load_course().exercises if MNIST_HERE or e.id not in NEEDS_MNIST]


def copy_workspace(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".nnkata"))
    return target


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def solved_workspace(tmp_path: Path) -> Path:
    """A private copy of the reference solutions, safe to break."""
    return copy_workspace(SOLUTIONS, tmp_path / "ws")


def grade_ids(workspace: Path, *ids: str, seed: int = 1234):
    course = load_course()
    return grade(course, course.select(list(ids)), workspace, seed=seed)
