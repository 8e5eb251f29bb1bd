"""A mistake in one chapter is counted once: an exercise that imports another is graded with the
learner's own version of it where that passes, else with the reference version, run by the
grader, and says which. Here a broken ch03 softmax fails ch03.softmax and leaves ch05.layers
(whose SoftmaxWithLoss imports that softmax) and ch05.two_layer_net green."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grade_ids

BROKEN_SOFTMAX = {
    "unstable": '''
def softmax(a):
    e = np.exp(a)  # no maximum subtracted: overflows on large scores
    return e / np.sum(e, axis=-1, keepdims=True)
''',
    "wrong_values": '''
def softmax(a):
    return a / np.sum(a, axis=-1, keepdims=True)  # no exp at all
''',
}


@pytest.mark.parametrize("mistake", sorted(BROKEN_SOFTMAX))
def test_broken_softmax_fails_only_its_own_exercise(solved_workspace: Path, mistake: str):
    softmax_file = solved_workspace / "ch03_neural_network" / "softmax.py"
    softmax_file.write_text(softmax_file.read_text(encoding="utf-8") + "\n"
                            + BROKEN_SOFTMAX[mistake], encoding="utf-8")

    result = grade_ids(solved_workspace, "ch03.softmax", "ch05.layers", "ch05.two_layer_net")
    by_id = {e.id: e for e in result.exercises}

    assert not by_id["ch03.softmax"].passed
    for exercise_id in ("ch05.layers", "ch05.two_layer_net"):
        exercise = by_id[exercise_id]
        assert exercise.passed, (exercise_id, exercise.first_failure())
        assert exercise.score == exercise.max_score
        note = " ".join(exercise.notes)
        assert "Graded with the reference version of ch03.softmax" in note


def test_an_exercise_that_passes_is_used_as_the_learner_wrote_it(solved_workspace: Path):
    result = grade_ids(solved_workspace, "ch03.softmax", "ch05.layers")
    note = " ".join(result.exercises[1].notes)
    assert "Graded with your own versions of ch03.softmax and ch04.losses" in note


def test_the_learner_softmax_is_used_where_it_is_graded(solved_workspace: Path):
    """The substitution is only for the exercises that import it: ch03.softmax itself is
    graded on the learner's file (a control for the test above)."""
    softmax_file = solved_workspace / "ch03_neural_network" / "softmax.py"
    softmax_file.write_text(softmax_file.read_text(encoding="utf-8") + "\n"
                            + BROKEN_SOFTMAX["unstable"], encoding="utf-8")
    result = grade_ids(solved_workspace, "ch03.softmax").exercises[0]
    assert not {c.id: c for c in result.checks}["softmax_is_stable"].passed
