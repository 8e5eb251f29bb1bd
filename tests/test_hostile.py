"""Broken and hostile submissions end as a clean failure of their own exercise, nothing more.

Each file in `tests/hostile/<chapter dir>/<module>/` is a whole replacement of that module in
an otherwise correct workspace. Grading must return normally, fail that exercise with a
message, leave every other exercise's verdict intact, and leave no process behind.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import KIT, SOLUTIONS, copy_workspace

from grader.catalog import load_course
from grader.runner import grade

HOSTILE = Path(__file__).with_name("hostile")
CASES = sorted(HOSTILE.rglob("*.py"))


def _fast(exercise):
    """The same exercise with short limits, so hangs cost seconds, not minutes."""
    return dataclasses.replace(exercise, time_limit=6, call_time_limit=1.5)


def _plant(workspace: Path, case: Path) -> str:
    chapter_dir, module = case.parent.parent.name, case.parent.name
    (workspace / chapter_dir / f"{module}.py").write_text(case.read_text(encoding="utf-8"))
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    return f"{chapter.id}.{module}"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_hostile_submission_fails_only_its_exercise(case: Path, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    target = _plant(workspace, case)
    course = load_course()
    bystander = next((e for e in course.exercises if e.chapter != target.split(".")[0]), None)
    exercises = [_fast(course.exercise(target))] + ([bystander] if bystander else [])
    checks_before = {p: p.read_bytes() for p in (KIT / "grader" / "checks").rglob("*.py")}

    started = time.monotonic()
    result = grade(course, exercises, workspace, seed=7)

    assert time.monotonic() - started < 60
    by_id = {e.id: e for e in result.exercises}
    assert not by_id[target].passed
    assert by_id[target].first_failure().message
    others = [e for e in result.exercises if e.id != target]
    assert all(e.passed for e in others), [e.first_failure() for e in others if not e.passed]
    after = {p: p.read_bytes() for p in (KIT / "grader" / "checks").rglob("*.py")}
    assert after == checks_before, "the grader's checks were modified"


def test_no_process_outlives_the_grading(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    target = _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "spawns_children.py")
    course = load_course()
    grade(course, [_fast(course.exercise(target))], workspace, seed=7)
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-f", "987.654321"], capture_output=True, text=True)
    assert left.stdout.strip() == ""


def test_syntax_error_names_the_file_and_line(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    target = _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "syntax_error.py")
    course = load_course()
    result = grade(course, [course.exercise(target)], workspace, seed=7)
    message = result.exercises[0].first_failure().message
    assert "gates.py" in message and "line 4" in message


def test_fake_report_on_stdout_does_not_reach_the_json(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "fake_report.py")
    run = subprocess.run(
        [sys.executable, "-m", "grader", "ch02.gates", "--workspace", str(workspace),
         "--format", "json", "--lang", "en"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 1
    report = json.loads(run.stdout)
    assert report["exercises"][0]["passed"] is False
    assert report["score"] < report["max_score"]


def test_workspace_conftest_and_numpy_shadow_are_ignored(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    (workspace / "conftest.py").write_text("import os\nos._exit(3)\n")
    (workspace / "numpy.py").write_text("raise ImportError('shadowed numpy')\n")
    (workspace / "sitecustomize.py").write_text("import os\nos._exit(4)\n")
    (workspace / "ch02_perceptron" / "conftest.py").write_text("import os\nos._exit(5)\n")
    course = load_course()
    result = grade(course, [course.exercise("ch02.gates")], workspace, seed=7)
    assert result.passed


def test_grading_leaves_the_learners_folder_as_it_was(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    before = sorted(str(p.relative_to(workspace)) for p in workspace.rglob("*"))
    course = load_course()
    grade(course, [course.exercise("ch02.gates")], workspace, seed=7)
    after = sorted(str(p.relative_to(workspace)) for p in workspace.rglob("*"))
    assert after == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="bubblewrap is Linux-only")
def test_audit_hooks_also_hide_the_solutions_without_bubblewrap(tmp_path: Path, monkeypatch):
    from grader.sandbox import isolation

    monkeypatch.setenv("NNKATA_NO_BWRAP", "1")
    isolation.bwrap_works.cache_clear()
    try:
        workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
        target = _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "steals_solution.py")
        course = load_course()
        result = grade(course, [_fast(course.exercise(target))], workspace, seed=7)
        assert not result.passed
    finally:
        isolation.bwrap_works.cache_clear()
    assert os.environ.get("NNKATA_NO_BWRAP") == "1"


@pytest.fixture(params=["bubblewrap", "audit hooks"])
def isolation_kind(request, monkeypatch):
    """Each test using it runs under both isolations (bubblewrap where this machine has it)."""
    from grader.sandbox import isolation

    if request.param == "audit hooks":
        monkeypatch.setenv("NNKATA_NO_BWRAP", "1")
    elif not isolation.bwrap_works():
        pytest.skip("bubblewrap does not work on this machine")
    isolation.bwrap_works.cache_clear()
    yield request.param
    monkeypatch.delenv("NNKATA_NO_BWRAP", raising=False)
    isolation.bwrap_works.cache_clear()


def test_the_solutions_folder_itself_can_be_graded(isolation_kind):
    course = load_course()
    assert grade(course, [course.exercise("ch02.gates")], SOLUTIONS, seed=7).passed


def test_a_hidden_folder_inside_the_workspace_stays_hidden(isolation_kind, tmp_path: Path):
    from grader.sandbox.session import Sandbox

    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    secret = workspace / "kit" / "solutions"
    secret.mkdir(parents=True)
    (secret / "answer.txt").write_text("42\n")
    gates = workspace / "ch02_perceptron" / "gates.py"
    gates.write_text(gates.read_text() + "\n\ndef peek(path):\n"
                     "    try:\n        return open(path).read()\n"
                     "    except OSError:\n        return None\n")
    box = Sandbox(workspace, "ch02_perceptron.gates", hidden=[secret])
    try:
        assert box.module_proxy().peek(str(secret / "answer.txt")) is None
        assert box.module_proxy().peek(str(gates)) is not None
    finally:
        box.close()
