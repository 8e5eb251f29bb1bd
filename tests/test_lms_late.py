"""The course file's late policy: grace, started days, the floor at 0, max_late_days."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from lms_helpers import COURSE, course_file

from grader.instructor.assignment import CourseFileError, parse_assignment
from grader.instructor.batch import grading_digest
from grader.lms.late import LatePolicy

DUE = datetime.fromisoformat("2026-12-15T18:00:00+01:00")
POLICY = course_file().late


def test_the_course_file_reads_the_late_policy():
    assert POLICY == LatePolicy(rate=0.1, percent=True, unit=timedelta(days=1),
                                grace=timedelta(minutes=15), max_late_days=3)


def test_within_the_grace_period_is_on_time():
    assert not POLICY.lateness(DUE + timedelta(minutes=15), DUE, 8.0, 10.0).is_late


def test_past_the_grace_period_lateness_counts_from_the_due_date_by_started_days():
    lateness = POLICY.lateness(DUE + timedelta(hours=25), DUE, 8.0, 10.0)
    assert (lateness.days, lateness.penalty) == (2, 2.0)


def test_a_percentage_is_of_the_points_possible_and_never_takes_the_total_below_zero():
    assert POLICY.lateness(DUE + timedelta(days=3), DUE, 2.0, 10.0).penalty == 2.0


def test_later_than_max_late_days_is_refused():
    lateness = POLICY.lateness(DUE + timedelta(days=3, minutes=1), DUE, 9.0, 10.0)
    assert lateness.refused and lateness.penalty == 9.0


def test_points_per_hour():
    policy = course_file('late_penalty = "0.5 points per hour"').late
    assert policy.lateness(DUE + timedelta(minutes=90), DUE, 8.0, 10.0).penalty == 1.0


@pytest.mark.parametrize("line", ['late_penalty = "ten percent"', 'grace = "soon"',
                                  "max_late_days = -1", 'late_penalty = 10'])
def test_a_bad_late_policy_is_an_error_naming_its_line(line):
    with pytest.raises(CourseFileError, match="line 3"):
        course_file(line)


def test_a_new_late_policy_does_not_grade_the_class_again():
    plain, strict = (parse_assignment(f'{extra}[[assign]]\nid = "ch02"\n', Path("c.toml"),
                                      COURSE) for extra in ("", 'late_penalty = "50% per day"\n'))
    ids = [e.id for e in COURSE.select(["ch02"])]
    assert grading_digest(plain, COURSE, ids) == grading_digest(strict, COURSE, ids)


@pytest.mark.parametrize("policy", [POLICY, course_file('late_penalty = "0.5 points per hour"\n'
                                                        'grace = "1d12h"').late])
def test_the_course_file_writes_the_policy_back_as_it_reads_it(policy):
    text = "\n".join(policy.toml_lines()) + '\n[[assign]]\nid = "ch02"\n'
    assert parse_assignment(text, Path("c.toml"), COURSE).late == policy
