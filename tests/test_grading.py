"""The reference solutions score full marks; the fresh stubs score zero without crashing."""

from __future__ import annotations

from conftest import EXERCISES, SOLUTIONS, gradable_here, grade_ids


def test_solutions_score_full_marks():
    result = grade_ids(SOLUTIONS, *gradable_here())
    failures = {e.id: e.first_failure() for e in result.exercises if not e.passed}
    assert not failures
    assert result.score == result.max_score > 0


def test_stubs_score_zero_and_say_what_is_missing():
    result = grade_ids(EXERCISES)
    assert result.score == 0
    for exercise in result.exercises:
        for check in exercise.checks:
            assert not check.passed
            assert check.message and check.hint, f"{exercise.id}::{check.id}"


def test_the_same_seed_gives_the_same_verdicts(solved_workspace):
    first = grade_ids(solved_workspace, "ch02", seed=99).to_dict()
    second = grade_ids(solved_workspace, "ch02", seed=99).to_dict()
    assert first == second
