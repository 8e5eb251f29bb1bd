"""The code every submission starts from or may end at, which says nothing about copying: each
exercise's stub (`exercises/`, in any language: docstrings and comments do not count) and its
reference solution (`solutions/`, absent from a released kit)."""

from __future__ import annotations

from collections.abc import Iterable

from ..catalog import Course, UnknownExercise
from ..learner.init_workspace import KIT_STUBS
from ..reference import Reference
from .normalise import Tokens, normalise


def boilerplate(course: Course, exercise_ids: Iterable[str]) -> dict[str, list[Tokens]]:
    reference = Reference()
    found: dict[str, list[Tokens]] = {}
    for exercise_id in exercise_ids:
        try:
            exercise = course.exercise(exercise_id)
        except UnknownExercise:
            continue
        stub = KIT_STUBS / exercise.module_path
        texts = [stub.read_text(encoding="utf-8") if stub.is_file() else None,
                 reference.source(exercise)]
        found[exercise_id] = [normalise(t) for t in texts if t is not None]
    return found
