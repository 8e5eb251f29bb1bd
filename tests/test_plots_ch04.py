"""The chapter 4 training picture is drawn for the reference solutions and for the stubs."""

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
def test_draw_training_writes_a_png(workspace: Path, tmp_path: Path):
    exercise = load_course().exercise("ch04.training")
    module = plotter(exercise.id)
    assert module is not None
    reference = Reference()
    with Sandbox(workspace, exercise.dotted, Limits(10, 60, 1024)) as sandbox:
        paths = module.draw(sandbox.module_proxy(), reference.module(exercise), tmp_path)
    assert [p.name for p in paths] == ["ch04_training.png"]
    assert paths[0].read_bytes()[:8] == PNG_MAGIC
    assert paths[0].stat().st_size > 10_000
    assert not list(tmp_path.glob("*.tmp"))
