"""Manual overrides: their targets checked against the course, their students against the
class."""

from __future__ import annotations

from pathlib import Path

import pytest
from lms_helpers import COURSE, GATES

from grader.lms.overrides import OverridesError, by_student, parse_overrides

PATH = Path("overrides.csv")


def _parse(rows: str):
    return parse_overrides("student,target,points,note\n" + rows, PATH, COURSE, [GATES])


def test_an_override_targets_an_exercise_a_check_or_the_total():
    found = _parse("s001,ch02.gates,8,by hand\ns002,ch02.gates.xor_truth_table,1,\n"
                   "s003,Total,5,oral\n")
    assert [(o.exercise, o.check, o.points) for o in found] == [
        (GATES, None, 8.0), (GATES, "xor_truth_table", 1.0), ("total", None, 5.0)]


def test_the_target_column_may_be_called_exercise():
    [found] = parse_overrides("student,exercise,points\ns001,ch02.gates,8\n", PATH, COURSE,
                              [GATES])
    assert found.exercise == GATES


@pytest.mark.parametrize("row", ["s001,ch03.softmax,1,not assigned",
                                 "s001,ch02.gates.no_such_check,1,",
                                 "s001,ch02.gates,-1,", "s001,ch02.gates,lots,", ",total,1,"])
def test_a_bad_row_is_an_error_naming_its_line(row):
    with pytest.raises(OverridesError, match="line 3:"):
        _parse("s000,total,0,\n" + row + "\n")


def test_a_header_without_points_is_an_error():
    with pytest.raises(OverridesError, match="line 1:"):
        parse_overrides("student,target\ns001,total\n", PATH, COURSE, [GATES])


def test_an_unknown_student_is_an_error_naming_its_line():
    overrides = _parse("alice@uni.example,total,5,\nzoe,total,5,\n")
    with pytest.raises(OverridesError, match="line 3:.*zoe"):
        by_student(overrides, PATH, {"alice@uni.example": "alice"})
