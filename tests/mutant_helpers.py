"""The mutants of `tests/mutants/` and what their headers say, for the tests that grade them
(`test_mutants.py`, `test_exam_mode.py`) and those that read their hints (`test_hints.py`).

A mutant is a small file at `tests/mutants/<chapter dir>/<module>/<name>.py`. It is appended
to the reference solution of that module (so its definitions replace the correct ones), and
its header says which checks must fail, with which hint, and which words the first rung of
that hint says in each language (so that it speaks of the mistake, not only of the check):

    # kills: check_id [check_id ...]
    # hint: hint_key
    # first hint says: en "exactly 0" · fr "exactement 0" · ja "ちょうど0"
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MUTANTS, NEEDS_MNIST, SOLUTIONS, copy_workspace, needs_mnist
from exam_leaks import Log, recording

from grader.catalog import load_course
from grader.i18n import set_language
from grader.reference import Reference
from grader.results import ExerciseResult
from grader.runner import grade

SEED = 1234


def mutants() -> list[Path]:
    return sorted(p for p in MUTANTS.rglob("*.py") if p.name != "__init__.py")


def header(path: Path, field: str) -> list[str]:
    found = re.findall(rf"^# {field}: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return found[0].split() if found else []


def exercise_id(path: Path) -> str:
    chapter_dir, module = path.parent.parent.name, path.parent.name
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    return f"{chapter.id}.{module}"


def cases() -> list:
    return [pytest.param(m, id=f"{m.parent.name}/{m.stem}",
                         marks=[needs_mnist] if exercise_id(m) in NEEDS_MNIST else [])
            for m in mutants()]


def mutated_workspace(mutant: Path, folder: Path) -> Path:
    """A copy of the reference solutions with `mutant` appended to its exercise's module."""
    workspace = copy_workspace(SOLUTIONS, folder)
    exercise = load_course().exercise(exercise_id(mutant))
    target = workspace / exercise.module_path
    original = (SOLUTIONS / exercise.module_path).read_text(encoding="utf-8")
    target.write_text(original + "\n\n" + mutant.read_text(encoding="utf-8"), encoding="utf-8")
    return workspace


def grade_recorded(workspace: Path, exercise_ids: list[str], lang: str,
                   monkeypatch: pytest.MonkeyPatch, show_expected: bool = False,
                   ) -> tuple[list[ExerciseResult], Log]:
    """Grade in exam mode (unless told), in `lang`, noting every value the reference of the
    graded exercises gives. A reference served as a dependency (chapter 5's layers inside a
    chapter-6 network) computes the learner's own outputs, not expected values: not noted."""
    log = Log()
    module = Reference.module
    monkeypatch.setattr(Reference, "module",
                        lambda self, exercise: recording(module(self, exercise), log)
                        if exercise.id in exercise_ids else module(self, exercise))
    course = load_course()
    set_language(lang)
    try:
        result = grade(course, [course.exercise(i) for i in exercise_ids], workspace, seed=SEED,
                       show_expected=show_expected)
    finally:
        set_language("en")
        monkeypatch.setattr(Reference, "module", module)
    return result.exercises, log


def first_hint_words(path: Path) -> dict[str, str]:
    """`# first hint says: en "..." · fr "..." · ja "..."`, as {language: words}."""
    found = re.findall(r"^# first hint says: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return dict(re.findall(r'(\w+) "([^"]+)"', found[0])) if found else {}
