"""The chapter 3 pictures are drawn for the reference solutions and for the untouched stubs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXERCISES, SOLUTIONS

from grader.catalog import load_course
from grader.plots import plotter
from grader.reference import Reference
from grader.sandbox.session import Limits, Sandbox

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("workspace", [SOLUTIONS, EXERCISES], ids=["solutions", "stubs"])
@pytest.mark.parametrize("exercise_id", ["ch03.activations", "ch03.softmax"])
def test_draw_writes_pngs(exercise_id: str, workspace: Path, tmp_path: Path):
    exercise = load_course().exercise(exercise_id)
    module = plotter(exercise_id)
    assert module is not None
    reference = Reference()
    with Sandbox(workspace, exercise.dotted, Limits(10, 60, 1024)) as sandbox:
        paths = module.draw(sandbox.module_proxy(), reference.module(exercise), tmp_path)
    assert paths
    for path in paths:
        assert path.parent == tmp_path
        assert path.read_bytes()[:8] == PNG_MAGIC
        assert path.stat().st_size > 10_000
    assert not list(tmp_path.glob("*.tmp"))
