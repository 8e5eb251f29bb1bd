"""`grade release`: the student kit holds no solutions, yet grades a correct submission as
correct and a wrong one as wrong, from the answers recorded at release."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import MUTANTS, SOLUTIONS, copy_workspace, gradable_here

from grader.catalog import load_course
from grader.errors import KitError
from grader.instructor.assignment import parse_assignment
from grader.instructor.recorded import ReplayReference
from grader.instructor.release import release
from grader.runner import grade

COURSE_TEXT = 'lang = "en"\ndue = 2099-12-31\n\n[[assign]]\nid = "ch02"\n'


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Path:
    course = load_course()
    base = tmp_path_factory.mktemp("release")
    assignment = parse_assignment(COURSE_TEXT, base / "nnkata-course.toml", course)
    done = release(base / "kit", course, assignment, seeds=2)
    assert done.exercises == ["ch02.gates"] and len(done.seeds) == 2
    return done.folder


def _grade_inside(kit: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m grader` run from the released folder, so its own grader is used."""
    env = {k: v for k, v in os.environ.items() if k != "NNKATA_COURSE"}
    return subprocess.run([sys.executable, "-m", "grader", *args], cwd=kit, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_release_holds_no_solution(released: Path):
    assert not (released / "solutions").exists()
    assert (released / "nnkata-course.toml").read_text(encoding="utf-8") == COURSE_TEXT
    assert (released / "exercises" / "ch02_perceptron" / "gates.py").is_file()
    solutions = {p.read_bytes() for p in SOLUTIONS.rglob("*.py") if p.name != "__init__.py"}
    shipped = [p for p in released.rglob("*") if p.is_file()]
    assert not [p for p in shipped if p.suffix == ".py" and p.read_bytes() in solutions]
    assert not [p for p in shipped if p.suffix in (".pkl", ".pickle", ".pyc")]
    recorded = released / "grader" / "checks" / "recorded"
    with np.load(recorded / "ch02.gates.npz", allow_pickle=False) as data:
        assert all(data[name].dtype != object for name in data.files)
    json.loads((recorded / "ch02.gates.json").read_text(encoding="utf-8"))


def test_the_released_kit_grades_solutions_stubs_and_a_wrong_answer(released: Path, tmp_path):
    solved = copy_workspace(SOLUTIONS, tmp_path / "solved")
    right = _grade_inside(released, "--workspace", str(solved), "--format", "json")
    assert right.returncode == 0, right.stderr
    report = json.loads(right.stdout)
    assert report["score"] == report["max_score"] > 0
    assert report["due"].startswith("2099-12-31")

    stubs = _grade_inside(released, "--workspace", "exercises", "--format", "json")
    assert stubs.returncode == 1, stubs.stderr
    assert json.loads(stubs.stdout)["score"] == 0

    wrong = copy_workspace(SOLUTIONS, tmp_path / "wrong")
    gates = wrong / "ch02_perceptron" / "gates.py"
    mutant = MUTANTS / "ch02_perceptron" / "gates" / "and_bias_of_or.py"
    gates.write_text(gates.read_text() + "\n\n" + mutant.read_text(), encoding="utf-8")
    verdict = _grade_inside(released, "--workspace", str(wrong), "--format", "json")
    assert verdict.returncode == 1
    checks = {c["id"]: c for c in json.loads(verdict.stdout)["exercises"][0]["checks"]}
    assert not checks["and_truth_table"]["passed"]
    assert "Expected: 0" in checks["and_truth_table"]["message"]
    assert checks["or_truth_table"]["passed"]


def test_seed_must_be_a_recorded_one(released: Path):
    seeds = json.loads((released / "grader/checks/recorded/index.json").read_text())["seeds"]
    unknown = _grade_inside(released, "--workspace", "exercises", "--seed", "3")
    assert unknown.returncode == 2
    assert str(seeds[0]) in unknown.stderr and "Traceback" not in unknown.stderr
    known = _grade_inside(released, "--workspace", "exercises", "--seed", str(seeds[1]))
    assert known.returncode == 1


def test_replay_catches_every_mutant(released: Path, tmp_path):
    """In process, each ch02 mutant fails the checks it must fail, judged from the record."""
    course = load_course()
    replay = ReplayReference(released / "grader" / "checks" / "recorded")
    for mutant in sorted((MUTANTS / "ch02_perceptron" / "gates").glob("*.py")):
        kills = re.findall(r"^# kills: (.+)$", mutant.read_text(encoding="utf-8"), re.M)[0].split()
        ws = copy_workspace(SOLUTIONS, tmp_path / mutant.stem)
        gates = ws / "ch02_perceptron" / "gates.py"
        gates.write_text(gates.read_text() + "\n\n" + mutant.read_text(), encoding="utf-8")
        result = grade(course, course.select(["ch02"]), ws, reference=replay)
        assert result.seed in replay.seeds
        survived = [c.id for c in result.exercises[0].checks if c.id in kills and c.passed]
        assert not survived, (mutant.stem, survived)


def test_every_exercise_of_the_course_can_be_released_and_replayed(tmp_path: Path):
    """Release checks that the recorded answers grade the solutions with full marks: it stops
    with an error otherwise (as it once did for ch05.train_mnist)."""
    course = load_course()
    ids = gradable_here()
    text = "".join(f'[[assign]]\nid = "{i}"\n\n' for i in ids)
    assignment = parse_assignment(text, tmp_path / "nnkata-course.toml", course)
    done = release(tmp_path / "kit", course, assignment, seeds=1)
    assert done.exercises == ids


def test_release_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "keep.txt").write_text("mine")
    with pytest.raises(KitError):
        release(tmp_path / "kit", load_course(), None, seeds=1)
    assert (tmp_path / "kit" / "keep.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["kit"]



class _Counter:
    def __init__(self, start):
        self.value = start

    def add(self, x):
        self.value = self.value + x
        return np.asarray(self.value)


def _fake_reference():
    import types

    return types.SimpleNamespace(
        zero_d=lambda x: np.array(x > 0, dtype=int), scalar=lambda: np.int64(3),
        pair=lambda x: (x * 2, {"k": [1.5, None, "s"]}), Counter=_Counter, NAME="ref")


def test_record_then_replay_gives_the_same_values_types_and_states():
    from grader.catalog import Exercise
    from grader.instructor.recorded import NotRecorded, _Player, _Recorder

    exercise = Exercise("ch99.fake", "ch99", "ch99_fake", "fake", (), 1, 1, 1, ())

    def session(ref):
        counter = ref.Counter(np.array([1.0, 2.0]))
        first, second = counter.add(1.0), counter.add(1.0)  # same call, new state
        return [ref.zero_d(-1.5), ref.scalar(), ref.pair(np.arange(3)), ref.NAME, first, second]

    table, blobs = {}, {}
    recorded = session(_Recorder(table, blobs).root(exercise, _fake_reference()))
    replayed = session(_Player(table, blobs).root(exercise))
    for got, want in zip(replayed, recorded, strict=True):
        assert type(got) is type(want)
        assert repr(got) == repr(want)
    assert np.shape(replayed[0]) == () and type(replayed[1]) is np.int64
    assert replayed[5].tolist() == [3.0, 4.0]
    with pytest.raises(NotRecorded):
        _Player(table, blobs).root(exercise).zero_d(2.5)
