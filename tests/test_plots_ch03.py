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
    assert sorted(tmp_path.iterdir()) == sorted(paths)  # no temporary file left behind


def test_without_a_japanese_font_pictures_are_labelled_in_english_and_the_learner_is_told(
        tmp_path: Path, monkeypatch):
    from learner_helpers import invoke

    from grader.plots import style

    monkeypatch.setattr(style, "japanese_fonts", lambda: ())
    result = invoke("plot", "ch03.activations", "--workspace", str(SOLUTIONS), "--out",
                    str(tmp_path), "--lang", "ja")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ch03_activations.png").read_bytes()[:8] == PNG_MAGIC
    assert "日本語を表示できるフォントがない" in result.stdout.replace("\n", "")
