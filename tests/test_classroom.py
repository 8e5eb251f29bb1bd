"""`grade release` puts GitHub Classroom's autograding workflow into the handout, in the shape
Classroom generates, and each of its steps grades the student's repository as the action runs it:
with only PATH and HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import MUTANTS, SOLUTIONS

from grader.catalog import load_course
from grader.engines.classroom import WORKFLOW, workflow
from grader.instructor.assignment import Assigned, parse_assignment, render_assignment
from grader.instructor.release import release

COURSE_TEXT = ('lang = "fr"\ndue = 2099-12-31\n\n[[assign]]\nid = "ch02"\npoints = 12.5\n\n'
               '[[assign]]\nid = "ch03.softmax"\n')
BY_GROUP_TEXT = ('[settings]\nclassroom_steps = "group"\n\n'
                 '[[assign]]\nid = "ch03.softmax"\npoints = 10\n')
SOFTMAX = "ch03_neural_network/softmax.py"


def _released(base: Path, course_text: str) -> Path:
    """The handout `grade release` builds for that course file, under `base`."""
    course = load_course()
    assignment = parse_assignment(course_text, base / "nnkata-course.toml", course)
    return release(base / "handout", course, assignment, seeds=1).folder


@pytest.fixture(scope="module")
def handout(tmp_path_factory) -> Path:
    return _released(tmp_path_factory.mktemp("classroom"), COURSE_TEXT)


@pytest.fixture(scope="module")
def flow(handout: Path) -> dict:
    return yaml.safe_load((handout / WORKFLOW).read_text(encoding="utf-8"))


def _steps(flow: dict) -> list[dict]:
    return flow["jobs"]["run-autograding-tests"]["steps"]


def _graders(flow: dict) -> list[dict]:
    return [s for s in _steps(flow) if "autograding-command-grader" in s.get("uses", "")]


def test_the_workflow_has_the_shape_classroom_generates(flow: dict):
    assert flow["name"] == "Autograding Tests"
    assert flow["on"] == ["push", "repository_dispatch", "workflow_dispatch"]
    assert flow["permissions"] == {"checks": "write", "actions": "read", "contents": "read"}
    job = flow["jobs"]["run-autograding-tests"]
    assert job["runs-on"] == "ubuntu-latest"
    assert job["if"] == "github.actor != 'github-classroom[bot]'"
    assert _steps(flow)[0]["uses"] == "actions/checkout@v4"
    assert _steps(flow)[1]["uses"].startswith("actions/setup-python@")


def test_one_grader_step_per_assigned_exercise_with_whole_points(flow: dict):
    graders = _graders(flow)
    assert [s["with"]["test-name"] for s in graders] == ["ch02.gates", "ch03.softmax"]
    assert [s["with"]["command"] for s in graders] == ["grade ch02.gates --lang fr",
                                                       "grade ch03.softmax --lang fr"]
    assert [s["with"]["max-score"] for s in graders] == [12, 8]  # 12.5 rounded: whole points
    assert all(isinstance(s["with"]["timeout"], int) and s["with"]["timeout"] >= 1
               for s in graders)


def test_the_reporter_collects_every_step(flow: dict):
    reporter = _steps(flow)[-1]
    ids = [s["id"] for s in _graders(flow)]
    assert reporter["uses"] == "classroom-resources/autograding-grading-reporter@v1"
    assert reporter["with"]["runners"] == ",".join(ids)
    assert reporter["env"] == {f"{i.upper()}_RESULTS": f"${{{{steps.{i}.outputs.result}}}}"
                               for i in ids}


def test_an_exercise_that_trains_on_mnist_fetches_it_in_its_command():
    course = load_course()
    text = workflow([course.exercise("ch05.train_mnist")], {}, "ja")
    step = _graders(yaml.safe_load(text))[0]
    assert step["with"]["command"] == "grade data && grade ch05.train_mnist --lang ja"


def _as_the_action_runs_it(command: str, repo: Path, tmp_path: Path) -> int:
    """The command in the student's repository, where `pip install -e .` made `grade` the
    handout's own grader, with only PATH and HOME."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "grade"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m grader "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin", "HOME": str(tmp_path)}
    return subprocess.run(["sh", "-c", command], cwd=repo, env=env, capture_output=True,
                          timeout=120, check=False).returncode


@pytest.mark.parametrize(("work", "passes"), [("solutions", True), ("stubs", False)])
def test_each_step_grades_the_students_repository(handout: Path, flow: dict, tmp_path: Path,
                                                   work: str, passes: bool):
    repo = shutil.copytree(handout, tmp_path / "repo")
    if work == "solutions":
        for name in ("ch02_perceptron/gates.py", "ch03_neural_network/softmax.py"):
            shutil.copy2(SOLUTIONS / name, repo / "exercises" / name)
    codes = [_as_the_action_runs_it(s["with"]["command"], repo, tmp_path)
             for s in _graders(flow)]
    assert all(code == 0 for code in codes) if passes else all(code != 0 for code in codes)


@pytest.fixture(scope="module")
def by_group(tmp_path_factory) -> Path:
    """A handout whose course file asks for one step per check group."""
    return _released(tmp_path_factory.mktemp("by_group"), BY_GROUP_TEXT)


def test_a_course_file_may_ask_for_one_step_per_check_group(by_group: Path):
    graders = _graders(yaml.safe_load((by_group / WORKFLOW).read_text(encoding="utf-8")))
    softmax = load_course().exercise("ch03.softmax")
    assert [s["with"]["test-name"] for s in graders] == [
        f"ch03.softmax/{group}" for group in softmax.groups()]
    assert graders[1]["with"]["command"] == ("grade ch03.softmax --check softmax_sums_to_one "
                                             "--lang en")
    assert sum(s["with"]["max-score"] for s in graders) == 10  # the course file's points


def test_rewriting_the_course_file_keeps_one_step_per_group():
    course = load_course()
    settings = parse_assignment(BY_GROUP_TEXT, Path("nnkata-course.toml"), course).settings
    text = render_assignment([Assigned("ch03.softmax")], lang=None, due=None, timezone=None,
                             title=None, settings=settings)
    assert parse_assignment(text, Path("nnkata-course.toml"), course).settings == settings


def test_group_points_are_whole_and_add_up_to_the_exercises_points():
    gates = load_course().exercise("ch02.gates")
    text = workflow([gates], {"ch02.gates": 12.5}, "en", per="group")
    scores = [s["with"]["max-score"] for s in _graders(yaml.safe_load(text))]
    assert all(isinstance(score, int) for score in scores)
    assert sum(scores) == 12 and len(scores) == len(gates.groups())


@pytest.mark.parametrize(("work", "failing"), [("solutions", set()),
                                               ("softmax_unstable", {"ch03.softmax/stable"})])
def test_only_the_step_of_the_broken_group_fails(by_group: Path, tmp_path: Path, work: str,
                                                  failing: set[str]):
    repo = shutil.copytree(by_group, tmp_path / "repo")
    module = repo / "exercises" / SOFTMAX
    shutil.copy2(SOLUTIONS / SOFTMAX, module)
    if work != "solutions":
        mutant = MUTANTS / "ch03_neural_network" / "softmax" / f"{work}.py"
        with module.open("a", encoding="utf-8") as file:
            file.write("\n" + mutant.read_text(encoding="utf-8"))
    graders = _graders(yaml.safe_load((by_group / WORKFLOW).read_text(encoding="utf-8")))
    failed = {s["with"]["test-name"] for s in graders
              if _as_the_action_runs_it(s["with"]["command"], repo, tmp_path) != 0}
    assert failed == failing
