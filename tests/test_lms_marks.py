"""One row per student: the grader's total, the late penalty, then the overrides, in that
order, with the roster's extensions and submission times."""

from __future__ import annotations

from pathlib import Path

from lms_helpers import COURSE, GATES, WEIGHTS, course_file, record

from grader.lms.marks import build_marks
from grader.lms.overrides import parse_overrides
from grader.lms.roster import parse_roster

LATE = "2026-12-17T09:00:00+01:00"  # 39 hours after the due date: 2 started days
ROSTER = ("id,name,email,folder,submitted_at,extension\n"
          "s001,Alice,alice@uni.example,alice,,\n"
          "s002,Bruno,bruno@uni.example,bruno,,2d\n"
          "s003,Chloé,chloe@uni.example,chloe,,\n")


def _marks(records, overrides: str = "", roster: str | None = ROSTER, extra: str | None = None):
    assignment = course_file() if extra is None else course_file(extra)
    students = parse_roster(roster, Path("roster.csv")) if roster else None
    changes = parse_overrides("student,target,points,note\n" + overrides, Path("o.csv"), COURSE,
                              [GATES])
    marks = build_marks(records, WEIGHTS, COURSE, assignment, students, changes)
    return marks, {m.name: m for m in marks.rows}


def test_a_late_submission_keeps_its_original_total_beside_the_adjusted_one():
    _, rows = _marks([record("alice", 8.0, status="late", submitted_at=LATE)])
    alice = rows["alice"]
    assert (alice.original, alice.lateness.days, alice.adjusted, alice.final) == (8, 2, 6, 6)
    assert alice.status == "late"


def test_an_extension_makes_the_same_submission_on_time():
    _, rows = _marks([record("bruno", 8.0, status="late", submitted_at=LATE)])
    assert (rows["bruno"].status, rows["bruno"].final) == ("graded", 8.0)


def test_the_rosters_submission_time_wins_over_the_files():
    roster = "id,folder,submitted_at\ns001,alice,2026-12-19T09:00:00+01:00\n"
    _, rows = _marks([record("alice", 8.0)], roster=roster)
    assert (rows["alice"].status, rows["alice"].final) == ("refused", 0.0)


def test_without_a_late_policy_a_late_submission_keeps_its_points():
    _, rows = _marks([record("alice", 8.0, status="late", submitted_at=LATE)], extra="")
    assert rows["alice"].final == 8.0 and rows["alice"].status == "late"


def test_an_exercise_override_comes_after_the_late_penalty():
    _, rows = _marks([record("alice", 8.0, status="late", submitted_at=LATE)],
                     "alice@uni.example,ch02.gates,9,regraded by hand\n")
    alice = rows["alice"]
    assert (alice.original, alice.adjusted, alice.points[GATES], alice.final) == (8, 6, 9, 7)
    assert alice.overrides[0].note == "regraded by hand"


def test_a_check_override_is_in_the_catalogs_points_scaled_to_the_course():
    failed = record("alice", 8.67, failed=("xor_built_from_gates",))  # 13 of 15 points
    _, rows = _marks([failed], "s001,ch02.gates.xor_built_from_gates,2,\n")
    assert rows["alice"].final == 10.0


def test_a_total_override_sets_the_final_total():
    _, rows = _marks([record("alice", 8.0, status="late", submitted_at=LATE)],
                     "alice,total,10,medical certificate\n")
    assert (rows["alice"].adjusted, rows["alice"].final) == (6.0, 10.0)


def test_students_with_nothing_to_grade_and_submissions_nobody_owns_are_listed():
    marks, rows = _marks([record("alice"), record("chloe", status="missing"),
                          record("stranger")])
    assert [m.student.id for m in marks.missing] == ["s002", "s003"]  # bruno: no record at all
    assert marks.unlisted == ["stranger"] and rows["stranger"].student is None


def test_without_a_roster_every_submission_is_a_row():
    marks, rows = _marks([record("alice"), record("bob")], "bob,total,3,\n", roster=None)
    assert sorted(rows) == ["alice", "bob"] and rows["bob"].final == 3.0
    assert marks.missing == [] and marks.unlisted == []


def test_two_check_overrides_of_one_exercise_both_count():
    failed = record("alice", 7.33, failed=("xor_built_from_gates", "xor_truth_table"))
    _, rows = _marks([failed], "s001,ch02.gates.xor_built_from_gates,2,\n"
                               "s001,ch02.gates.xor_truth_table,1,\n")
    assert rows["alice"].final == 10.0
