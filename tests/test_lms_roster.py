"""The roster: columns read loosely, extensions, submission times, the old one-name-a-line
form, and mistakes named by their line."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from grader.lms.publish import Plan
from grader.lms.roster import RosterError, parse_roster, read_roster

ROSTER = Path("roster.csv")
DUE = datetime.fromisoformat("2026-12-15T18:00:00+01:00")


def test_columns_are_found_by_name_in_any_order_after_a_byte_order_mark():
    text = ("\ufeffE-mail,Folder,Student ID,Full name\n"
            "alice@uni.example,alice.zip,s001,Alice Martin\n")
    [alice] = parse_roster(text, ROSTER)
    assert (alice.id, alice.folder, alice.email, alice.full_name) == (
        "s001", "alice", "alice@uni.example", "Alice Martin")


def test_the_folder_defaults_to_the_student_id():
    [student] = parse_roster("id,name\ns001,Alice\n", ROSTER)
    assert student.folder == "s001"


def test_an_extension_is_a_length_or_a_new_due_date():
    alice, bruno = parse_roster("id,extension\ns001,2d\ns002,2026-12-20T12:00:00+01:00\n",
                                ROSTER)
    assert alice.due_for(DUE) == DUE + timedelta(days=2)
    assert bruno.due_for(DUE) == datetime.fromisoformat("2026-12-20T12:00:00+01:00")


def test_a_submission_time_without_offset_is_read_in_the_course_time_zone():
    [alice] = parse_roster("id,submitted_at\ns001,2026-12-15T18:30:00\n", ROSTER,
                           ZoneInfo("Asia/Tokyo"))
    assert alice.submitted_at.utcoffset() == timedelta(hours=9)


def test_one_folder_name_a_line_is_still_a_roster():
    students = parse_roster("alice\nbob.zip\n# dropped the course: carol\n", ROSTER)
    assert [s.folder for s in students] == ["alice", "bob"]


@pytest.mark.parametrize(("text", "line"), [
    ("id,submitted_at\ns001,2026-12-15\ns002,yesterday\n", 3),
    ("id,extension\ns001,a little more\n", 2),
    ("id,folder\ns001,alice\ns002,alice\n", 3),
    ("id,name\n,Nobody\n", 2),
    ("folder,name\nalice,Alice\n", 1),
    ("id,name\ns001,Alice,extra\n", 2),
])
def test_a_malformed_roster_is_an_error_naming_its_line(text, line):
    with pytest.raises(RosterError, match=f"line {line}:"):
        parse_roster(text, ROSTER)


def test_a_roster_that_is_not_utf8_is_an_error(tmp_path: Path):
    path = tmp_path / "roster.csv"
    path.write_bytes("id,name\ns001,Chlo\u00e9\n".encode("latin-1"))
    with pytest.raises(RosterError, match="UTF-8"):
        read_roster(path)


def test_a_roster_folder_finds_its_submission_whatever_the_case():
    roster = parse_roster("id,folder\ns001,Alice\ns002,bob.zip\n", ROSTER)
    assert Plan(roster, submissions=["alice", "carol"]).folders == ["alice", "bob"]
