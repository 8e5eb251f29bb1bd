"""Each LMS's import layout, cell by cell, and the full gradebook."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lms_helpers import COURSE, GATES, WEIGHTS, course_file, record

from grader.lms.export import BOM, export_path, render
from grader.lms.marks import build_marks
from grader.lms.overrides import parse_overrides
from grader.lms.roster import parse_roster

ROSTER = ("id,first_name,last_name,email,username,section,canvas_id,folder\n"
          "s001,Alice,Martin,alice@uni.example,amartin,A,101,alice\n"
          "s002,,,bruno@uni.example,,,,bruno\n")
COLUMN = "Homework 2 (77)"


def _rows(layout: str, overrides: str = "") -> list[list[str]]:
    marks = build_marks(
        [record("alice", 8.0, status="late", submitted_at="2026-12-17T09:00:00+01:00"),
         record("stranger", 5.0)], WEIGHTS, COURSE, course_file(),
        parse_roster(ROSTER, Path("roster.csv")),
        parse_overrides("student,target,points,note\n" + overrides, Path("o.csv"), COURSE,
                        [GATES]))
    text = render(layout, marks, COLUMN, list(WEIGHTS))
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text.removeprefix(BOM))))


def test_canvas_has_its_identity_columns_points_possible_and_the_final_total():
    assert _rows("canvas") == [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", COLUMN],
        ["Points Possible", "", "", "", "", "10"],
        ["Martin, Alice", "101", "s001", "amartin", "A", "6"],
        ["", "", "s002", "", "", "0"]]


def test_moodle_has_the_email_and_id_number_to_map_users_by():
    assert _rows("moodle") == [
        ["First name", "Last name", "ID number", "Email address", COLUMN],
        ["Alice", "Martin", "s001", "alice@uni.example", "6"],
        ["", "", "s002", "bruno@uni.example", "0"]]


def test_blackboard_quotes_every_cell_and_falls_back_on_the_id_for_the_username():
    text = render("blackboard", build_marks([], WEIGHTS, COURSE, course_file(),
                                            parse_roster(ROSTER, Path("r.csv")), []),
                  "Homework 2 |77", list(WEIGHTS))
    assert text.removeprefix(BOM).splitlines() == [
        '"Last Name","First Name","Username","Student ID","Homework 2 |77"',
        '"Martin","Alice","amartin","s001","0"', '"","","s002","s002","0"']


def test_the_full_gradebook_shows_original_penalty_adjusted_override_and_final():
    header, alice, bruno, stranger = _rows("csv", "s001,total,7,medical certificate\n")
    row = dict(zip(header, alice, strict=True))
    assert {k: row[k] for k in ("status", "late_days", GATES, "original_total", "late_penalty",
                                "adjusted_total", "final_total", "overrides")} == {
        "status": "late", "late_days": "2", GATES: "8", "original_total": "8",
        "late_penalty": "2", "adjusted_total": "6", "final_total": "7",
        "overrides": "total = 7 (medical certificate)"}
    assert (bruno[header.index("status")], stranger[:4]) == ("missing", ["", "", "", "stranger"])


def test_a_name_a_spreadsheet_would_run_as_a_formula_is_defused():
    roster = "id,name,folder\ns001,=HYPERLINK(\"http://x\"),alice\n"
    marks = build_marks([record("alice")], WEIGHTS, COURSE, course_file(),
                        parse_roster(roster, Path("r.csv")), [])
    assert "'=HYPERLINK" in render("canvas", marks, COLUMN, list(WEIGHTS))


def test_export_files_sit_next_to_the_gradebook():
    assert export_path(Path("out/book.csv"), "canvas") == Path("out/book-canvas.csv")
    assert export_path(Path("out/book.csv"), "csv") == Path("out/book-full.csv")
