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
from grader.sandbox.host import WorkerHost

KIT = Path(__file__).resolve().parents[1]
SOLUTIONS = KIT / "solutions"
EXERCISES = KIT / "exercises"
MUTANTS = Path(__file__).with_name("mutants")
SHARED_MNIST = KIT.parent / "shared" / "mnist"

if SHARED_MNIST.is_dir():  # CI puts the original MNIST files beside the repo: never download
    os.environ.setdefault("NNKATA_MNIST_DIR", str(SHARED_MNIST))

NEEDS_MNIST = frozenset(e.id for e in load_course().exercises if e.needs_mnist)
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


MODES = {"bubblewrap": {}, "audit hooks": {"NNKATA_NO_BWRAP": "1"},
         "portable": {"NNKATA_PLATFORM": "portable"}}


@pytest.fixture(params=list(MODES))
def host(request, monkeypatch):
    """A worker host of its own in each mode the kit runs learner code in: bubblewrap (where
    this machine has it), audit hooks, and the portable path that Windows takes."""
    for name, value in MODES[request.param].items():
        monkeypatch.setenv(name, value)
    worker_host = WorkerHost(find_mnist()).ready()
    if request.param == "bubblewrap" and worker_host.isolation != "bubblewrap":
        worker_host.close()
        pytest.skip("bubblewrap does not work on this machine")
    yield worker_host
    worker_host.close()


def grade_ids(workspace: Path, *ids: str, seed: int = 1234):
    course = load_course()
    return grade(course, course.select(list(ids)), workspace, seed=seed)
