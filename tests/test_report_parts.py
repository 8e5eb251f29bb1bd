"""The class report's small parts: reading failures in every language, anonymising them, the
snapshot `grade batch` keeps, and markup that cannot be broken into."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from conftest import SOLUTIONS, copy_workspace

from grader.catalog import load_course
from grader.i18n import LANGUAGES, domain_translations
from grader.report.failures import CANNOT_RUN, MISTAKE, NOT_STARTED, anonymised, failure_kind
from grader.report.figures import build_report
from grader.report.graded_class import load_class
from grader.report.markup import el
from grader.report.normalise import normalise
from grader.report.page import render_page
from grader.report.snapshot import SNAPSHOT, load_snapshot, save_snapshot

SOFTMAX = load_course().exercise("ch03.softmax")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_started_and_unreadable_files_are_recognised_in_every_language(lang):
    words = domain_translations(lang, "nnkata")
    not_started = words.gettext("Not implemented yet: this part still raises "
                                "NotImplementedError.")
    unreadable = words.gettext("Python cannot read your file: {message} (line {line}).")
    where = "\nIn ch03_neural_network/softmax.py, line 12: raise NotImplementedError"
    assert failure_kind(not_started + where) == NOT_STARTED
    assert failure_kind(unreadable.format(message="invalid syntax", line=3)) == CANNOT_RUN
    assert failure_kind("softmax(array([1., 2.])) returned array([0.5, 0.5]).") == MISTAKE


def test_an_example_names_no_student_and_no_folder():
    message = ("Your code raised ValueError: bad shape\nIn /home/teacher/class/Tanaka_Hanako/"
               "ch03_neural_network/softmax.py, line 4: return tanaka_hanako\n"
               "C:\\Users\\TANAKA_HANAKO\\work\\softmax.py")
    text = anonymised(message, "Tanaka_Hanako")
    assert "tanaka" not in text.lower() and "/home/teacher" not in text
    assert "softmax.py, line 4" in text and "ValueError: bad shape" in text
    assert len(anonymised("x" * 5000, "ab")) < 700


def test_the_snapshot_keeps_the_code_attempts_and_hints(tmp_path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text(json.dumps({
        "hints": {"ch03.softmax": {"stable": 2, "rowwise": 1}},
        "last": {"ch03.softmax": {"attempts": 7}}}), encoding="utf-8")
    save_snapshot(tmp_path / "out", workspace, [SOFTMAX], "fp-1")
    snapshot = load_snapshot(tmp_path / "out", "fp-1")
    work = snapshot.exercises["ch03.softmax"]
    source = (SOLUTIONS / SOFTMAX.module_path).read_text(encoding="utf-8")
    assert work.source == source and list(work.tokens.words) == normalise(source).words
    assert (work.attempts, work.hints) == (7, 3)


def test_a_workspace_without_state_has_no_counts_rather_than_zero(tmp_path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    save_snapshot(tmp_path / "out", workspace, [SOFTMAX], "fp")
    work = load_snapshot(tmp_path / "out", "fp").exercises["ch03.softmax"]
    assert (work.attempts, work.hints) == (None, None)


def test_a_snapshot_that_cannot_be_written_costs_nothing_but_itself(tmp_path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the student's folder should be", encoding="utf-8")
    save_snapshot(blocked, workspace, [SOFTMAX], "fp")  # must not raise
    assert load_snapshot(blocked, "fp") is None


def test_an_unreadable_module_is_kept_as_nothing(tmp_path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    (workspace / SOFTMAX.module_path).write_bytes(b"\xff\xfe" + b"x" * (300 * 1024))
    save_snapshot(tmp_path / "out", workspace, [SOFTMAX], "fp")
    work = load_snapshot(tmp_path / "out", "fp").exercises["ch03.softmax"]
    assert work.source is None and work.tokens is None


def test_an_older_snapshot_is_normalised_again(tmp_path):
    (tmp_path / SNAPSHOT).write_text(json.dumps({
        "format": 0, "fingerprint": "fp",
        "exercises": {"ch03.softmax": {"source": "def softmax(a):\n    return a\n",
                                       "tokens": "old words", "lines": [1, 1]}}}),
        encoding="utf-8")
    work = load_snapshot(tmp_path, "fp").exercises["ch03.softmax"]
    assert list(work.tokens.words) == normalise("def softmax(a):\n    return a\n").words


def test_markup_escapes_what_it_is_given():
    html = el("td", "</td><script>x()</script>", title='"><img src=x onerror=y()>')
    assert "<script>" not in html and "<img" not in html
    assert html.startswith('<td title="&quot;&gt;&lt;img')
    assert el("br") == "<br>"


def _record(name: str, **fields) -> dict:
    return {"student": name, "status": "graded", "score": 1.0, "max_score": 2.0,
            "fingerprint": f"fp-{name}", "lang": "en", "exercises": [], **fields}


def test_records_of_other_shapes_are_read_as_far_as_they_go(tmp_path):
    """Later versions of `grade batch` may add statuses, adjusted scores, exercises the kit
    does not know; older ones may lack fields. The report reads what it understands."""
    future = {"id": "ch09.attention", "title": "Attention", "passed": False, "score": 0.0,
              "max_score": 2.0, "checks": [
                  {"id": "scaled", "passed": False, "message": "Divide by sqrt(d).",
                   "hint_key": "scale", "hint": "Look at the scale."},
                  {"id": "masked", "passed": False}]}
    records = {
        "ann": _record("ann", exercises=[future],
                       gradebook={"points": {"ch09.attention": 0.0}, "total": 0.0,
                                  "original_total": 3.0, "max_total": 2.0, "penalty": "10%"}),
        "bob": _record("bob", status="not graded", note="excused"),
        "cyd": _record("cyd", exercises=None, score=0.5),  # no gradebook: its own score
    }
    for name, record in records.items():
        (tmp_path / "students" / name).mkdir(parents=True)
        (tmp_path / "students" / name / "result.json").write_text(json.dumps(record),
                                                                  encoding="utf-8")
    data = build_report(load_class(tmp_path), load_course(), datetime.now(UTC)).data
    assert data["statuses"] == {"graded": 2, "not graded": 1}
    attention = data["exercises"][0]
    assert (attention["id"], attention["title"]) == ("ch09.attention", "Attention")
    scaled = next(c for c in attention["checks"] if c["id"] == "scaled")
    assert scaled["misconceptions"][0]["hint"] == "Look at the scale."
    assert [r["student"] for r in data["struggling"]] == ["ann", "cyd"]
    page = render_page(build_report(load_class(tmp_path), load_course(), datetime.now(UTC)),
                       tmp_path / "report.html")
    assert "not graded" in page and "ch09.attention" in page


def test_the_words_of_a_module_are_pinned():
    """Snapshots keep these words: if they change, bump `grader.report.snapshot.FORMAT` so
    that snapshots written before are normalised again rather than compared as they are."""
    source = (SOLUTIONS / SOFTMAX.module_path).read_text(encoding="utf-8")
    assert " ".join(normalise(source).words) == (
        "Module Import numpy FunctionDef arguments V Assign V Call numpy .exp BinOp V Sub Call "
        "numpy .max V UnaryOp USub 1 axis= True keepdims= Return BinOp V Div Call numpy .sum V "
        "UnaryOp USub 1 axis= True keepdims=")
