"""The catalog is the single source of truth, and every exercise is complete around it."""

from __future__ import annotations

import importlib

import pytest
from conftest import EXERCISES, SOLUTIONS

from grader.catalog import checks_file, load_course
from grader.texts import exercise_text

COURSE = load_course()
IDS = [e.id for e in COURSE.exercises]


def _marked_checks(exercise) -> list[str]:
    module = importlib.import_module(
        f"grader.checks.{exercise.chapter_dir}.test_{exercise.name}")
    found = []
    for name, obj in vars(module).items():
        if name.startswith("test_") and callable(obj):
            marks = [m for m in getattr(obj, "pytestmark", []) if m.name == "nnkata_check"]
            assert len(marks) == 1, f"{name} needs exactly one @check marker"
            found.append(marks[0].args[0])
    return found


def test_exercise_ids_are_unique_and_follow_their_chapter():
    assert len(IDS) == len(set(IDS))
    for exercise in COURSE.exercises:
        assert exercise.id == f"{exercise.chapter}.{exercise.name}"


@pytest.mark.parametrize("exercise_id", IDS)
def test_exercise_has_solution_stub_and_checks(exercise_id):
    exercise = COURSE.exercise(exercise_id)
    assert (SOLUTIONS / exercise.module_path).is_file()
    assert (EXERCISES / exercise.module_path).is_file()
    assert checks_file(exercise).is_file()


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_catalog_check_has_exactly_one_test(exercise_id):
    exercise = COURSE.exercise(exercise_id)
    marked = _marked_checks(exercise)
    assert sorted(marked) == sorted(c.id for c in exercise.checks)


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_hint_key_has_at_least_three_levels(exercise_id):
    exercise = COURSE.exercise(exercise_id)
    text = exercise_text(exercise_id)
    assert text.title and text.statement
    for check in exercise.checks:
        assert len(text.hints.get(check.hint, ())) >= 3, f"{check.id}: hint {check.hint!r}"


def test_uses_name_existing_exercises_of_earlier_or_same_chapters():
    order = {e.id: i for i, e in enumerate(COURSE.exercises)}
    for exercise in COURSE.exercises:
        for used in exercise.uses:
            assert order[used] < order[exercise.id], f"{exercise.id} uses {used}"


def test_selecting_a_chapter_keeps_course_order():
    chapter = COURSE.chapters[0]
    assert [e.id for e in COURSE.select([chapter.id])] == [e.id for e in chapter.exercises]
