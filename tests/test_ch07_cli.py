"""The learner's and the instructor's commands know chapter 7, as they know every exercise of
the catalog: list, show, hint, status, solution, reset, init, assign and batch."""

from __future__ import annotations

import csv
import io
import json

from conftest import EXERCISES, SOLUTIONS, copy_workspace
from learner_helpers import flat, invoke, stub_workspace

IDS = ["ch07.im2col", "ch07.conv_layers", "ch07.simple_convnet", "ch07.train_convnet"]


def test_list_names_every_exercise_of_chapter_7(tmp_path):
    result = invoke("list", "--workspace", str(stub_workspace(tmp_path)), "--lang", "en",
                    "--format", "json")
    assert result.exit_code == 0, result.output
    for exercise_id in IDS:
        assert f'"{exercise_id}"' in result.output


def test_show_gives_the_known_answers_in_japanese(tmp_path):
    result = invoke("show", "ch07.im2col", "--workspace", str(stub_workspace(tmp_path)),
                    "--lang", "ja")
    assert result.exit_code == 0, result.output
    assert "(9, 75)" in flat(result.output) and "im2col" in result.output


def test_hint_walks_up_the_ladder_to_the_code_of_the_answer(tmp_path):
    workspace = stub_workspace(tmp_path)
    invoke("ch07.im2col", "--workspace", str(workspace))
    shown = [flat(invoke("hint", "ch07.im2col", "--workspace", str(workspace), "--lang",
                         "fr").output) for _ in range(3)]
    assert len(set(shown)) == 3
    assert "return (input_size + 2 * pad - filter_size) // stride + 1" in shown[-1]


def test_status_counts_chapter_7(tmp_path):
    workspace = stub_workspace(tmp_path)
    invoke("ch07.im2col", "--workspace", str(workspace))
    result = invoke("status", "--workspace", str(workspace), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "ch07" in result.output


def test_solution_and_reset_of_a_passed_exercise(tmp_path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    assert invoke("ch07.conv_layers", "--workspace", str(workspace)).exit_code == 0
    shown = invoke("solution", "ch07.conv_layers", "--workspace", str(workspace), "--format",
                   "json")
    assert shown.exit_code == 0, shown.output
    assert "class Pooling" in json.loads(shown.stdout)["reference"]
    reset = invoke("reset", "ch07.conv_layers", "--yes", "--workspace", str(workspace))
    assert reset.exit_code == 0, reset.output
    assert "raise NotImplementedError" in (workspace / "ch07_cnn" / "conv_layers.py").read_text(
        encoding="utf-8")


def test_init_writes_the_stubs_of_chapter_7(tmp_path):
    result = invoke("init", str(tmp_path / "mine"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "mine" / "ch07_cnn").glob("*.py")) == [
        "__init__.py", "conv_layers.py", "im2col.py", "simple_convnet.py", "train_convnet.py"]


def test_assign_and_batch_grade_chapter_7(tmp_path, monkeypatch):
    course = tmp_path / "nnkata-course.toml"
    monkeypatch.setenv("NNKATA_COURSE", str(course))
    assigned = invoke("assign", "ch07.im2col", "ch07.conv_layers", "--due", "2099-12-31")
    assert assigned.exit_code == 0, assigned.output
    submissions = tmp_path / "submissions"
    copy_workspace(SOLUTIONS, submissions / "ana")
    copy_workspace(EXERCISES, submissions / "ben")
    out = tmp_path / "out" / "gradebook.csv"
    result = invoke("batch", str(submissions), "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    by_student = {row[next(iter(row))]: row for row in rows}
    assert float(by_student["ana"]["ch07.im2col"]) == 9
    assert float(by_student["ana"]["ch07.conv_layers"]) == 13
    assert float(by_student["ben"]["ch07.conv_layers"]) == 0
