"""`grade report`: a small class graded by the real `grade batch`, then its report checked
figure by figure, as JSON and as a page, in a real browser where there is one."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
from html import unescape
from pathlib import Path

import numpy as np
import pytest
from conftest import EXERCISES, MUTANTS, SOLUTIONS, copy_workspace
from learner_helpers import invoke
from report_helpers import disguised

from grader.catalog import load_course
from grader.i18n import set_language
from grader.instructor.assignment import parse_assignment
from grader.instructor.batch import Batch, run_batch
from grader.report.snapshot import SNAPSHOT, load_snapshot
from grader.texts import hint_levels

COURSE_TEXT = """title = "Deep learning, autumn"
due = 2099-12-31

[[assign]]
id = "ch02"

[[assign]]
id = "ch03"
"""
HOSTILE_TEXT = 'NOTE = "</pre><script>alert(1)</script>"\n'
MISTAKES = {"chloe": [("ch03_neural_network", "softmax", "softmax_whole_batch"),
                      ("ch03_neural_network", "activations", "relu_in_place"),
                      ("ch03_neural_network", "forward", "forward_relu_hidden"),
                      ("ch02_perceptron", "gates", "xor_with_operator")],
            "emi": [("ch03_neural_network", "softmax", "softmax_whole_batch"),
                    ("ch03_neural_network", "activations", "step_with_a_loop")]}


def _with_mistakes(root: Path, name: str) -> Path:
    folder = copy_workspace(SOLUTIONS, root / name)
    for chapter, module, mistake in MISTAKES[name]:
        target = folder / chapter / f"{module}.py"
        extra = (MUTANTS / chapter / module / f"{mistake}.py").read_text(encoding="utf-8")
        target.write_text(target.read_text(encoding="utf-8") + "\n\n" + extra, encoding="utf-8")
    return folder


def build_class(root: Path) -> None:
    """ada: all right; ben: the stubs; chloe: four mistakes of her own; dan: chloe's work,
    disguised, and late; emi: one of chloe's mistakes, otherwise her own; fumi: Japanese,
    a softmax Python cannot read, many hints; gen: nothing."""
    copy_workspace(SOLUTIONS, root / "ada")
    copy_workspace(EXERCISES, root / "ben")
    chloe = _with_mistakes(root, "chloe")
    gates = chloe / "ch02_perceptron" / "gates.py"
    gates.write_text(gates.read_text(encoding="utf-8") + HOSTILE_TEXT, encoding="utf-8")
    dan = copy_workspace(chloe, root / "dan")
    for path in dan.rglob("*.py"):
        path.write_text(disguised(path.read_text(encoding="utf-8")), encoding="utf-8")
    (dan / "submitted_at.txt").write_text("2100-01-02T10:00:00+00:00\n", encoding="utf-8")
    _with_mistakes(root, "emi")
    fumi = copy_workspace(SOLUTIONS, root / "fumi")
    (fumi / "ch03_neural_network" / "softmax.py").write_text("def softmax(a)\n    return a\n",
                                                             encoding="utf-8")
    (fumi / ".nnkata").mkdir()
    (fumi / ".nnkata" / "state.json").write_text(json.dumps({
        "lang": "ja", "hints": {"ch03.softmax": {"softmax": 3, "stable": 2}},
        "last": {"ch03.softmax": {"passed": False, "score": 0, "when": "x", "attempts": 41}}}))
    (root / "gen").mkdir()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    build_class(base / "submissions")
    course = load_course()
    assignment = parse_assignment(COURSE_TEXT, base / "course.toml", course)
    out = base / "out"
    batch = Batch(base / "submissions", out / "gradebook.csv", out / "gradebook", course,
                  assignment, jobs=2, seed=7)
    run_batch(batch)
    (base / "course.toml").write_text(COURSE_TEXT, encoding="utf-8")
    return batch


def report_data(batch: Batch, *extra: str) -> dict:
    result = invoke("report", str(batch.results), "--format", "json", "--lang", "en", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def data(graded):
    return report_data(graded)


def _exercise(data: dict, exercise_id: str) -> dict:
    return next(e for e in data["exercises"] if e["id"] == exercise_id)


def _check(data: dict, exercise_id: str, check_id: str) -> dict:
    return next(c for c in _exercise(data, exercise_id)["checks"] if c["id"] == check_id)


# ----------------------------------------------------------------- what batch keeps


def test_batch_keeps_each_students_code_for_the_report(graded):
    for name in ("ada", "ben", "chloe", "dan", "emi", "fumi"):
        folder = graded.student_dir(name)
        record = json.loads((folder / "result.json").read_text(encoding="utf-8"))
        snapshot = load_snapshot(folder, record["fingerprint"])
        assert snapshot is not None, name
        softmax = snapshot.exercises["ch03.softmax"]
        assert softmax.source == (graded.submissions / name / "ch03_neural_network" /
                                  "softmax.py").read_text(encoding="utf-8")
        assert softmax.tokens and len(softmax.tokens.words) == len(softmax.tokens.lines)
    fumi = load_snapshot(graded.student_dir("fumi"), json.loads(
        (graded.student_dir("fumi") / "result.json").read_text())["fingerprint"])
    assert fumi.exercises["ch03.softmax"].attempts == 41
    assert fumi.exercises["ch03.softmax"].hints == 5
    assert not (graded.student_dir("gen") / SNAPSHOT).exists()


def test_a_snapshot_of_another_grading_is_not_read(graded):
    assert load_snapshot(graded.student_dir("ada"), "a fingerprint of another run") is None


# ----------------------------------------------------------------- the figures


def test_totals_and_statuses_come_from_the_gradebook(graded, data):
    book = json.loads((graded.results / "gradebook.json").read_text(encoding="utf-8"))
    totals = sorted(r["gradebook"]["total"] for r in book["students"]
                    if r["status"] in ("graded", "late"))
    assert data["statuses"] == {"graded": 5, "late": 1, "missing": 1}
    assert data["totals"]["values"] == totals
    assert data["totals"]["mean"] == pytest.approx(statistics.fmean(totals), abs=1e-3)
    assert data["totals"]["median"] == pytest.approx(statistics.median(totals))
    assert sum(data["totals"]["histogram"]["counts"]) == 6
    assert data["students"] == 7 and data["unreadable"] == []


def test_each_exercise_has_its_pass_rate_and_mean(data):
    softmax = _exercise(data, "ch03.softmax")
    # chloe, dan and emi normalise over the whole batch, ben has not started, Python cannot
    # read fumi's file: only ada passes
    assert (softmax["graded"], softmax["passed"], softmax["started"]) == (6, 1, 5)
    assert softmax["pass_rate"] == pytest.approx(1 / 6, abs=1e-3)
    assert softmax["title"] == "Softmax"
    rates = [c["failure_rate"] for c in softmax["checks"]]
    assert rates == sorted(rates, reverse=True)
    assert [e["id"] for e in data["exercises"]] == ["ch02.gates", "ch03.activations",
                                                    "ch03.softmax", "ch03.forward"]


def test_a_misconception_is_named_in_the_learners_words_with_its_count(data):
    rowwise = _check(data, "ch03.softmax", "softmax_rowwise")
    assert rowwise["failed"] == 5 and rowwise["not_started"] == 1 and rowwise["cannot_run"] == 1
    assert [(m["hint_key"], m["students"]) for m in rowwise["misconceptions"]] == [("rowwise", 3)]
    mistake = rowwise["misconceptions"][0]
    assert mistake["hint"] == hint_levels("ch03.softmax", "rowwise")[0]
    assert "softmax(" in mistake["example"]


def test_the_most_common_mistakes_count_each_student_once(data):
    rowwise = next(m for m in _exercise(data, "ch03.softmax")["mistakes"]
                   if m["hint_key"] == "rowwise")
    assert rowwise["students"] == 3
    assert sorted(rowwise["checks"]) == ["softmax_rowwise", "softmax_sums_to_one"]
    everything = [m for e in data["exercises"] for m in e["mistakes"]]
    assert all(m["students"] <= 6 for m in everything)


def test_examples_are_anonymised(graded, data):
    names = re.compile(r"\b(ada|ben|chloe|dan|emi|fumi)\b", re.IGNORECASE)
    examples = [m["example"] for e in data["exercises"] for c in e["checks"]
                for m in c["misconceptions"]]
    assert examples and not any(names.search(x) or str(graded.submissions) in x
                                for x in examples)


def test_students_who_had_not_started_are_no_misconception(data):
    step = _check(data, "ch03.activations", "step_values")
    assert step["not_started"] == 1
    assert sum(m["students"] for m in step["misconceptions"]) == step["failed"] - 1
    xor = _check(data, "ch02.gates", "xor_built_from_gates")  # reads the code: fails on a stub
    assert xor["not_started"] == 1
    assert [(m["hint_key"], m["students"]) for m in xor["misconceptions"]] == [
        ("xor_structure", 2)]


def test_who_may_need_help(graded, data):
    rows = {r["student"]: r for r in data["struggling"]}
    assert set(rows) == {"ben", "fumi"}
    assert rows["ben"]["reasons"] == ["low_score"] and rows["ben"]["not_started"] == 4
    assert {"many_hints", "many_attempts"} <= set(rows["fumi"]["reasons"])
    assert (rows["fumi"]["attempts"], rows["fumi"]["hints"]) == (41, 5)
    assert (graded.results / rows["ben"]["feedback"]).is_file()


def test_the_disguised_copy_is_found_and_the_shared_slip_is_not(data):
    similarity = data["similarity"]
    assert [p["students"] for p in similarity["pairs"]] == [["chloe", "dan"]]
    pair = similarity["pairs"][0]
    assert pair["similarity"] > 0.9
    assert {e["id"] for e in pair["exercises"]} == {"ch02.gates", "ch03.activations",
                                                    "ch03.softmax", "ch03.forward"}
    assert similarity["compared"] == 6 and similarity["without_code"] == []


# ----------------------------------------------------------------- the command


def test_the_page_is_one_file_that_needs_nothing_else(graded):
    result = invoke("report", str(graded.gradebook), "--lang", "en")
    assert result.exit_code == 0, result.output
    page = graded.results / "report.html"
    assert str(page) in result.stdout.replace("\n", "")
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy and "default-src 'none'" in unescape(policy.group(1))
    assert "<svg" in html and "Deep learning, autumn" not in html  # no --course given


def test_the_course_title_heads_the_page(graded, tmp_path):
    out = tmp_path / "titled.html"
    result = invoke("report", str(graded.results), "--out", str(out), "--lang", "en",
                    "--course", str(graded.submissions.parent / "course.toml"))
    assert result.exit_code == 0, result.output
    assert "<h1>Deep learning, autumn: class report</h1>" in out.read_text(encoding="utf-8")


def test_what_students_wrote_never_becomes_markup(graded, tmp_path):
    out = tmp_path / "report.html"
    assert invoke("report", str(graded.results), "--out", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<script") == 1
    assert "&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_links_to_feedback_are_relative_to_the_page(graded, tmp_path):
    out = tmp_path / "elsewhere" / "report.html"
    assert invoke("report", str(graded.results), "--out", str(out)).exit_code == 0
    links = re.findall(r'href="([^"#]+feedback\.txt)"', out.read_text(encoding="utf-8"))
    assert links and all((out.parent / link).resolve().is_file() for link in links)


def test_json_can_go_to_a_file(graded, tmp_path):
    out = tmp_path / "report.json"
    result = invoke("report", str(graded.results), "--format", "json", "--out", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ["Rendus presque identiques", "Étudiants qui ont peut-être besoin d’aide",
            "une piste, pas un verdict"]),
    ("ja", ["ほぼ同一の提出物", "手助けが必要そうな学生", "不正の判定ではありません"]),
])
def test_the_page_speaks_the_report_language(graded, tmp_path, lang, words):
    out = tmp_path / f"report-{lang}.html"
    result = invoke("report", str(graded.results), "--out", str(out), "--lang", lang)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in html
    assert all(w in html for w in words)
    set_language(lang)
    assert hint_levels("ch03.softmax", "rowwise")[0] in html


def test_a_missing_folder_is_a_clear_usage_error(tmp_path):
    result = invoke("report", str(tmp_path / "nowhere"), "--lang", "en")
    assert result.exit_code == 2
    assert "nowhere" in result.stderr and "grade batch" in result.stderr
    assert "Traceback" not in result.output
    assert invoke("report", str(tmp_path), "--lang", "en").exit_code == 2


def test_a_folder_as_out_is_refused_and_nothing_is_written(graded, tmp_path):
    result = invoke("report", str(graded.results), "--out", str(tmp_path), "--lang", "en")
    said = result.stderr.replace("\n", "")  # a long path may be folded at the line's end
    assert result.exit_code == 2 and "report.html" in said
    assert list(tmp_path.iterdir()) == []


def test_damaged_and_older_results_are_read_as_far_as_they_go(graded, tmp_path):
    copy = shutil.copytree(graded.results, tmp_path / "book")
    (copy / "students" / "emi" / "result.json").write_text("{ half a file", encoding="utf-8")
    (copy / "students" / "chloe" / SNAPSHOT).unlink()
    data = report_data(type(graded)(graded.submissions, graded.gradebook, copy, graded.course,
                                    graded.assignment))
    assert data["unreadable"] == ["emi"] and data["students"] == 6
    assert data["similarity"]["without_code"] == ["chloe"]
    assert data["similarity"]["pairs"] == []


# ----------------------------------------------------------------- in a real browser


def _chromium() -> str | None:
    return next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)


needs_chromium = pytest.mark.skipif(
    _chromium() is None, reason="Chromium is not installed (Debian: apt-get install chromium); "
                                "the report is checked in a real browser where it is")


def render(page: Path, shot: Path, fragment: str = "") -> str:
    """Chromium's view of the page: a screenshot, and the document once its script ran."""
    profile = shot.with_suffix(".profile")
    profile.mkdir()
    done = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars",
         "--window-size=1280,2400", f"--screenshot={shot}", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _has_colour(pixels: np.ndarray, hex_colour: str) -> bool:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return bool((np.abs(pixels[..., :3] - rgb).max(axis=-1) < 0.02).sum() > 50)


@needs_chromium
@pytest.mark.parametrize(("lang", "heading"), [("en", "Near-identical submissions"),
                                               ("ja", "ほぼ同一の提出物")])
def test_chromium_renders_every_part_of_the_page(graded, tmp_path, lang, heading):
    from matplotlib.image import imread

    page = tmp_path / f"report-{lang}.html"
    assert invoke("report", str(graded.results), "--out", str(page), "--lang", lang,
                  "--course", str(graded.submissions.parent / "course.toml")).exit_code == 0
    shot = tmp_path / f"report-{lang}.png"
    dom = render(page, shot)
    for part in ('id="totals"', 'id="mistakes"', 'id="exercises"', 'id="help"', 'id="similar"',
                 "<svg",
                 'id="students"', 'id="pairs"', heading):
        assert part in dom, part
    pixels = imread(shot)
    assert pixels.shape[:2] == (2400, 1280)
    for colour in ("#3b7dd8", "#2e8b57", "#c8483f"):  # histogram, pass and failure bars
        assert _has_colour(pixels, colour), colour


@needs_chromium
def test_chromium_shows_the_copy_side_by_side_with_matches_highlighted(graded, tmp_path):
    from matplotlib.image import imread

    page = tmp_path / "pairs.html"
    assert invoke("report", str(graded.results), "--out", str(page), "--lang", "en").exit_code == 0
    html = page.read_text(encoding="utf-8")
    start = html.index('<h2 id="totals"')
    page.write_text(html[:start] + html[html.index('<h2 id="similar"'):], encoding="utf-8")
    dom = render(page, tmp_path / "pairs.png")
    assert dom.count('class="l same"') >= 10 and "chloe and dan" in dom
    assert _has_colour(imread(tmp_path / "pairs.png"), "#fbe3a1")  # the highlighted lines


@needs_chromium
def test_a_heading_sorts_its_table_in_the_browser(graded, tmp_path):
    page = tmp_path / "sorted.html"
    assert invoke("report", str(graded.results), "--out", str(page), "--lang", "en").exit_code == 0
    students = [r["student"] for r in report_data(graded)["struggling"]]
    for fragment, expected in (("#sort-students-2-asc", students),
                               ("#sort-students-2-desc", students[::-1])):
        dom = render(page, tmp_path / f"{fragment[1:]}.png", fragment)
        table = dom[dom.index('id="students"'):]
        table = table[:table.index("</table>")]
        shown = re.findall(r"<tr><td>([^<]+)</td>", table)
        assert shown == expected, fragment
        assert 'aria-sort="' in table
