"""Every hidden check is proven: each mutant in `tests/mutants/` (see `mutant_helpers`) must be
caught with the hint its header names, and exam mode keeps its word on every one of them.

Each mutant is graded once, in exam mode, in one of the three languages in turn, with a
reference that notes every value it gives (`exam_leaks`): no message or hint may hold one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from exam_leaks import Log, leaks
from mutant_helpers import (
    cases,
    exercise_id,
    grade_recorded,
    header,
    mutants,
    mutated_workspace,
)

from grader.catalog import load_course
from grader.i18n import LANGUAGES
from grader.results import ExerciseResult

_graded: dict[Path, tuple[ExerciseResult, Log, str]] = {}


@pytest.fixture
def graded(request, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The mutant of the test, graded once for all the tests that ask about it."""
    mutant = request.node.callspec.params["mutant"]
    if mutant not in _graded:
        lang = LANGUAGES[mutants().index(mutant) % len(LANGUAGES)]
        results, log = grade_recorded(mutated_workspace(mutant, tmp_path / "ws"),
                                      [exercise_id(mutant)], lang, monkeypatch)
        _graded[mutant] = (results[0], log, lang)
    return _graded[mutant]


@pytest.mark.parametrize("mutant", cases())
def test_mutant_is_caught_with_the_hint_for_its_mistake(mutant: Path, graded):
    result, _log, _lang = graded
    kills, hint = header(mutant, "kills"), header(mutant, "hint")
    assert kills, f"{mutant} names no check in a '# kills:' line"
    assert hint, f"{mutant} names no hint in a '# hint:' line"
    by_id = {c.id: c for c in result.checks}
    survived = [k for k in kills if by_id[k].passed]
    assert not survived, f"{mutant.name} survived {survived}"
    assert by_id[kills[0]].hint_key == hint[0]
    assert by_id[kills[0]].message


@pytest.mark.parametrize("mutant", cases())
def test_exam_mode_shows_no_reference_value(mutant: Path, graded):
    result, log, lang = graded
    shown = {f"{c.id} ({lang}): {c.message}\n{c.hint}": leaks(f"{c.message}\n{c.hint}", log, lang)
             for c in result.checks if not c.passed}
    assert not {text: found for text, found in shown.items() if found}


def test_every_check_kills_at_least_one_mutant():
    killed = {(exercise_id(m), k) for m in mutants() for k in header(m, "kills")}
    unproven = [
        f"{e.id}::{c.id}" for e in load_course().exercises for c in e.checks
        if (e.id, c.id) not in killed
    ]
    assert not unproven, f"checks with no mutant to prove them: {unproven}"
