"""Every hidden check is proven: each mutant in `tests/mutants/` must be caught, and exam mode
keeps its word on every one of them.

A mutant is a small file at `tests/mutants/<chapter dir>/<module>/<name>.py`. It is appended
to the reference solution of that module (so its definitions replace the correct ones), and
its header says which checks must fail and with which hint:

    # kills: check_id [check_id ...]
    # hint: hint_key            (optional: the hint the first killed check must show)

Each mutant is graded once, in exam mode, in one of the three languages in turn, with a
reference that notes every value it gives (`exam_leaks`): no message or hint may hold one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MUTANTS, NEEDS_MNIST, SOLUTIONS, copy_workspace, needs_mnist
from exam_leaks import Log, leaks, recording

from grader.catalog import load_course
from grader.i18n import LANGUAGES, set_language
from grader.reference import Reference
from grader.results import ExerciseResult
from grader.runner import grade

SEED = 1234


def _mutants() -> list[Path]:
    return sorted(p for p in MUTANTS.rglob("*.py") if p.name != "__init__.py")


def _header(path: Path, field: str) -> list[str]:
    found = re.findall(rf"^# {field}: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return found[0].split() if found else []


def _exercise_id(path: Path) -> str:
    chapter_dir, module = path.parent.parent.name, path.parent.name
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    return f"{chapter.id}.{module}"


def _cases() -> list:
    return [pytest.param(m, id=f"{m.parent.name}/{m.stem}",
                         marks=[needs_mnist] if _exercise_id(m) in NEEDS_MNIST else [])
            for m in _mutants()]


def mutated_workspace(mutant: Path, folder: Path) -> Path:
    """A copy of the reference solutions with `mutant` appended to its exercise's module."""
    workspace = copy_workspace(SOLUTIONS, folder)
    exercise = load_course().exercise(_exercise_id(mutant))
    target = workspace / exercise.module_path
    original = (SOLUTIONS / exercise.module_path).read_text(encoding="utf-8")
    target.write_text(original + "\n\n" + mutant.read_text(encoding="utf-8"), encoding="utf-8")
    return workspace


def grade_recorded(workspace: Path, exercise_ids: list[str], lang: str,
                   monkeypatch: pytest.MonkeyPatch, show_expected: bool = False,
                   ) -> tuple[list[ExerciseResult], Log]:
    """Grade in exam mode (unless told), in `lang`, noting every value the reference gives."""
    log = Log()
    module = Reference.module
    monkeypatch.setattr(Reference, "module",
                        lambda self, exercise: recording(module(self, exercise), log))
    course = load_course()
    set_language(lang)
    try:
        result = grade(course, [course.exercise(i) for i in exercise_ids], workspace, seed=SEED,
                       show_expected=show_expected)
    finally:
        set_language("en")
        monkeypatch.setattr(Reference, "module", module)
    return result.exercises, log


_graded: dict[Path, tuple[ExerciseResult, Log, str]] = {}


@pytest.fixture
def graded(request, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The mutant of the test, graded once for all the tests that ask about it."""
    mutant = request.node.callspec.params["mutant"]
    if mutant not in _graded:
        lang = LANGUAGES[_mutants().index(mutant) % len(LANGUAGES)]
        results, log = grade_recorded(mutated_workspace(mutant, tmp_path / "ws"),
                                      [_exercise_id(mutant)], lang, monkeypatch)
        _graded[mutant] = (results[0], log, lang)
    return _graded[mutant]


@pytest.mark.parametrize("mutant", _cases())
def test_mutant_is_caught(mutant: Path, graded):
    result, _log, _lang = graded
    kills = _header(mutant, "kills")
    assert kills, f"{mutant} names no check in a '# kills:' line"
    by_id = {c.id: c for c in result.checks}
    survived = [k for k in kills if by_id[k].passed]
    assert not survived, f"{mutant.name} survived {survived}"
    hint = _header(mutant, "hint")
    if hint:
        assert by_id[kills[0]].hint_key == hint[0]
    assert by_id[kills[0]].message


@pytest.mark.parametrize("mutant", _cases())
def test_exam_mode_shows_no_reference_value(mutant: Path, graded):
    result, log, lang = graded
    shown = {f"{c.id} ({lang}): {c.message}\n{c.hint}": leaks(f"{c.message}\n{c.hint}", log, lang)
             for c in result.checks if not c.passed}
    assert not {text: found for text, found in shown.items() if found}


def test_every_check_kills_at_least_one_mutant():
    killed = {(_exercise_id(m), k) for m in _mutants() for k in _header(m, "kills")}
    unproven = [
        f"{e.id}::{c.id}" for e in load_course().exercises for c in e.checks
        if (e.id, c.id) not in killed
    ]
    assert not unproven, f"checks with no mutant to prove them: {unproven}"
