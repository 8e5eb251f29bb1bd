"""The class report as one HTML page: no server, no network, no script needed to read it.

The figures come from `grader.report.figures`; this module only words and lays them out, in
the report's language. The page forbids itself everything but its own style, its inline
pictures and its one sorting script (Content-Security-Policy), so nothing a student wrote can
run in it or reach the network even if it slipped through the escaping.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from babel.dates import format_datetime
from babel.numbers import format_percent

from ..i18n import N_, current_language, number
from . import assets
from .figures import Report
from .histogram import histogram_svg
from .markup import Html, el, join
from .words import _, ngettext

MAX_PAIRS_SHOWN = 40
MAX_NAMES = 20
MAX_MISTAKES = 10
CONTEXT_LINES = 3

STATUS_LABELS = {"graded": N_("on time"), "late": N_("late"), "missing": N_("missing"),
                 "broken": N_("could not be graded")}
REASON_LABELS = {"low_score": N_("low score"), "many_hints": N_("many hints"),
                 "many_attempts": N_("many attempts"), "broken": N_("could not be graded")}


def _percent(share: float | None) -> str:
    return "–" if share is None else format_percent(share, locale=current_language())


def _count(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else number(value, digits)


def _status(status: str) -> str:
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def _bar(share: float | None, kind: str) -> Html:
    width = f"width:{100 * (share or 0):.1f}%"
    return el("span", el("span", style=width), class_=f"bar {kind}", aria_hidden="true")


def _link(target: Path, page: Path) -> str:
    """A link from the page to a file beside it, relative where the page can say so."""
    try:
        relative = os.path.relpath(target, page.parent)
    except ValueError:  # another drive, on Windows
        return target.resolve().as_uri()
    return quote(Path(relative).as_posix())


def _sortable(table_id: str, headings: list[tuple[str, bool]], rows: list[Html]) -> Html:
    """A table whose headings sort it (with the page's script); `headings`: (text, numeric)."""
    cells = [el("th", el("a", text, href=f"#sort-{table_id}-{i}-asc"),
                class_="num" if numeric else None, scope="col")
             for i, (text, numeric) in enumerate(headings)]
    return el("table", el("thead", el("tr", *cells)), el("tbody", *rows), id=table_id)


# ----------------------------------------------------------------- totals


def _totals(data: dict) -> Html:
    totals = data["totals"]
    statuses = data["statuses"]
    figures = [(number(totals["graded"], 0), _("graded submissions")),
               (_count(totals["mean"]), _("mean total")),
               (_count(totals["median"]), _("median total")),
               (_count(totals["max"]), _("points in all"))]
    figures += [(number(count, 0), _status(status)) for status, count in sorted(
        statuses.items(), key=lambda s: list(STATUS_LABELS).index(s[0])
        if s[0] in STATUS_LABELS else len(STATUS_LABELS))]
    items = [el("li", el("b", value), el("span", label)) for value, label in figures]
    parts = [el("h2", _("Totals"), id="totals"), el("ul", *items, class_="figures")]
    if totals["graded"]:
        parts.append(el("div", histogram_svg(totals), class_="chart"))
    else:
        parts.append(el("p", _("No submission was graded.")))
    if data["unreadable"]:
        parts.append(el("p", _("These students' results could not be read: {names}.").format(
            names=", ".join(data["unreadable"])), class_="muted"))
    return join(parts)


# ----------------------------------------------------------------- mistakes


def _mistakes(data: dict) -> Html:
    """The class's most common mistakes, over every exercise: the next lecture's outline."""
    found = sorted((m for e in data["exercises"] for m in e["mistakes"]),
                   key=lambda m: -m["students"])[:MAX_MISTAKES]
    titles = {e["id"]: e["title"] for e in data["exercises"]}
    parts = [el("h2", _("The most common mistakes"), id="mistakes"),
             el("p", _("The mistakes the grader recognised most often, over every exercise, "
                       "each student counted once, in the words of the first hint they "
                       "read."))]
    if not found:
        parts.append(el("p", _("No mistake was recognised in the graded submissions."),
                        class_="muted"))
        return join(parts)
    items = [el("li", el("span", ngettext("{n} student", "{n} students", m["students"]).format(
                 n=m["students"]), class_="count"), " ",
                el("a", m["exercise"], href=f"#ex-{m['exercise']}", class_="id"), " ",
                el("span", titles.get(m["exercise"], ""), class_="muted"), el("br"),
                el("span", m["hint"], class_="hint"), " ",
                el("span", _("(hint {key}; checks {checks})").format(
                    key=m["hint_key"], checks=", ".join(m["checks"])), class_="muted"))
             for m in found]
    parts.append(el("ol", *items, class_="mistakes"))
    return join(parts)


# ----------------------------------------------------------------- exercises


def _overview(exercises: list[dict]) -> Html:
    rows = [el("tr",
               el("td", el("a", e["id"], href=f"#ex-{e['id']}", class_="id"), " ",
                  el("span", e["title"], class_="muted")),
               el("td", _bar(e["pass_rate"], "pass"), _percent(e["pass_rate"]), " ",
                  el("span", "(" + _("{part} of {whole}").format(part=e["passed"],
                                                                  whole=e["graded"]) + ")",
                     class_="muted")),
               el("td", _("{mean} / {max}").format(mean=_count(e["mean_points"]),
                                                   max=_count(e["max_points"])),
                  class_="num"),
               el("td", number(e["started"], 0), class_="num"))
            for e in exercises]
    head = el("tr", el("th", _("Exercise")), el("th", _("Passed")),
              el("th", _("Mean points"), class_="num"), el("th", _("Started"), class_="num"))
    return el("table", el("thead", head), el("tbody", *rows))


def _misconceptions(check: dict) -> Html:
    items = []
    for m in check["misconceptions"]:
        who = ngettext("{n} student", "{n} students", m["students"]).format(n=m["students"])
        words = [el("span", who, class_="count"), " "]
        if m["hint"]:
            words += [el("span", m["hint"], class_="hint"), " ",
                      el("span", _("(hint {key})").format(key=m["hint_key"]), class_="muted")]
        else:
            words.append(el("span", _("(no hint key recorded)"), class_="muted"))
        if m["example"]:
            words.append(el("details", el("summary", _("An example, anonymised")),
                            el("pre", m["example"])))
        items.append(el("li", *words))
    if check["cannot_run"]:
        items.append(el("li", el("span", ngettext(
            "{n} student's file could not be read by Python.",
            "{n} students' files could not be read by Python.",
            check["cannot_run"]).format(n=check["cannot_run"]), class_="muted")))
    if not items:
        text = _("Nobody failed this check.") if not check["failed"] else _(
            "Only students who had not started.")
        return el("span", text, class_="muted")
    return el("ul", *items, class_="misconceptions")


def _exercise(exercise: dict) -> Html:
    rows = [el("tr",
               el("td", el("span", c["id"], class_="id"), el("br"),
                  el("span", ngettext("{n} point", "{n} points", 1 if c["points"] == 1 else 2)
                     .format(n=_count(c["points"])), class_="muted")),
               el("td", _bar(c["failure_rate"], "fail"), _percent(c["failure_rate"]), el("br"),
                  el("span", _("{part} of {whole}").format(part=c["failed"], whole=c["graded"]),
                     class_="muted"), class_="why"),
               el("td", number(c["not_started"], 0), class_="num"),
               el("td", _misconceptions(c)))
            for c in exercise["checks"]]
    head = el("tr", el("th", _("Check")), el("th", _("Failed")),
              el("th", _("Not started"), class_="num"), el("th", _("What the failures show")))
    return join([el("h3", el("span", exercise["id"], class_="id"), " ", exercise["title"],
                    id=f"ex-{exercise['id']}"),
                 el("table", el("thead", head), el("tbody", *rows))])


def _exercises(data: dict) -> Html:
    exercises = data["exercises"]
    intro = _("Pass rate and mean points of each exercise over the graded submissions, then "
              "its checks, the most failed first. Under each check, the mistakes the grader "
              "recognised, named by the first hint a student sees, with how many students made "
              "them: a place to start the next lecture. Students who had not started an "
              "exercise are counted apart.")
    if not exercises:
        return join([el("h2", _("Exercises"), id="exercises"),
                     el("p", _("No exercise was graded."), class_="muted")])
    return join([el("h2", _("Exercises"), id="exercises"), el("p", intro), _overview(exercises),
                 *(_exercise(e) for e in exercises)])


# ----------------------------------------------------------------- students


def _student_row(row: dict, report: Report, page: Path) -> Html:
    feedback = (el("a", _("feedback"), href=_link(report.folder / row["feedback"], page))
                if row["feedback"] else el("span", "–", class_="muted"))
    reasons = [el("span", _(REASON_LABELS.get(r, r)), class_=f"tag {r}") for r in row["reasons"]]
    share = row["total"] / row["max_total"] if row["max_total"] else None
    return el("tr",
              el("td", row["student"]),
              el("td", _status(row["status"])),
              el("td", f"{_count(row['total'])} ", el("span", f"({_percent(share)})",
                                                       class_="muted"),
                 class_="num", data_sort=row["total"]),
              el("td", _("{part} of {whole}").format(part=row["passed"], whole=row["exercises"]),
                 class_="num", data_sort=row["passed"]),
              el("td", number(row["not_started"], 0), class_="num"),
              el("td", _count(row["attempts"], 0), class_="num",
                 data_sort="" if row["attempts"] is None else row["attempts"]),
              el("td", _count(row["hints"], 0), class_="num",
                 data_sort="" if row["hints"] is None else row["hints"]),
              el("td", *reasons, class_="why", data_sort=" ".join(row["reasons"])),
              el("td", feedback))


def _students(report: Report, page: Path) -> Html:
    rows = report.data["struggling"]
    intro = _("Students under half the points, those among the tenth of the class who asked "
              "for the most hints or graded their work most often (where their workspace kept "
              "count), and submissions that could not be graded. Click a heading to sort.")
    parts = [el("h2", _("Students who may need help"), id="help"), el("p", intro)]
    if not rows:
        parts.append(el("p", _("Nobody in this class matches these criteria."), class_="muted"))
        return join(parts)
    headings = [(_("Student"), False), (_("Status"), False), (_("Total"), True),
                (_("Exercises passed"), True), (_("Not started"), True), (_("Attempts"), True),
                (_("Hints"), True), (_("Why"), False), (_("Feedback"), False)]
    parts.append(_sortable("students", headings,
                           [_student_row(r, report, page) for r in rows]))
    return join(parts)


# ----------------------------------------------------------------- similarity


def _hunks(source: str, matched: list[int]) -> Html:
    """The matching lines with a little context, the rest left out."""
    lines = source.splitlines()
    same = set(matched)
    shown = sorted({n for m in matched for n in range(m - CONTEXT_LINES, m + CONTEXT_LINES + 1)
                    if 1 <= n <= len(lines)})
    parts = []
    previous = 0
    for n in shown:
        if n > previous + 1:
            parts.append(el("span", "⋯", class_="gap"))
        parts.append(el("span", el("span", n, class_="n"), lines[n - 1] or " ",
                        class_="l same" if n in same else "l"))
        previous = n
    if shown and shown[-1] < len(lines):
        parts.append(el("span", "⋯", class_="gap"))
    return el("pre", *parts)


def _pair(index: int, pair: dict, report: Report, titles: dict[str, str]) -> Html:
    a, b = pair["students"]
    parts = [el("h3", _("{a} and {b}").format(a=a, b=b), " ",
                el("span", _("similarity {share}").format(share=_percent(pair["similarity"])),
                   class_="muted"), id=f"pair-{index}")]
    for exercise in pair["exercises"]:
        sides = []
        for who, lines in zip((a, b), exercise["lines"], strict=True):
            source = report.sources.get(who, {}).get(exercise["id"])
            sides.append(el("div", el("div", who, class_="who"),
                            _hunks(source, lines) if source else el("p", "–")))
        parts += [el("h4", el("span", exercise["id"], class_="id"), " ",
                      titles.get(exercise["id"], "")),
                  el("div", *sides, class_="side")]
    return join(parts)


def _similar(report: Report) -> Html:
    found = report.data["similarity"]
    pairs = found["pairs"]
    parts = [el("h2", _("Near-identical submissions"), id="similar"),
             el("p", _("These pairs of students wrote code that is nearly the same once names, "
                       "comments, docstrings and formatting are set aside, leaving out what "
                       "comes from the stub or the reference solution and passages found in "
                       "more than {limit} submissions. It is a place to look, not a verdict: "
                       "students who worked together as allowed, or typed the same code from "
                       "the textbook, look alike too. Talk with the students before drawing "
                       "any conclusion.").format(limit=found["common_limit"]),
                class_="caveat"),
             el("p", ngettext("{n} submission compared.", "{n} submissions compared.",
                              found["compared"]).format(n=found["compared"]))]
    missing = found["without_code"]
    if missing:
        names = ", ".join(missing[:MAX_NAMES]) + (", …" if len(missing) > MAX_NAMES else "")
        parts.append(el("p", ngettext(
            "{n} graded submission was not compared: the results hold no copy of its code "
            "(it was graded by an earlier version of the kit; grade batch --force collects "
            "it). {names}",
            "{n} graded submissions were not compared: the results hold no copy of their code "
            "(they were graded by an earlier version of the kit; grade batch --force collects "
            "it). {names}", len(missing)).format(n=len(missing), names=names), class_="muted"))
    if not pairs:
        parts.append(el("p", _("No pair of submissions is nearly identical."), class_="muted"))
        return join(parts)
    for cluster in found["clusters"]:
        parts.append(el("p", _("A group of {n} students whose submissions are all alike: "
                               "{names}.").format(n=len(cluster), names=", ".join(cluster))))
    titles = {e["id"]: e["title"] for e in report.data["exercises"]}
    rows = [el("tr", el("td", el("a", _("{a} and {b}").format(a=p["students"][0],
                                                              b=p["students"][1]),
                                 href=f"#pair-{i}") if i < MAX_PAIRS_SHOWN else
                        _("{a} and {b}").format(a=p["students"][0], b=p["students"][1])),
                   el("td", _percent(p["similarity"]), class_="num",
                      data_sort=p["similarity"]),
                   el("td", number(sum(len(e["lines"][0]) for e in p["exercises"]), 0),
                      class_="num"),
                   el("td", *(el("span", e["id"], class_="tag id") for e in p["exercises"])))
            for i, p in enumerate(pairs)]
    headings = [(_("Pair"), False), (_("Similarity"), True), (_("Matching lines"), True),
                (_("Exercises"), False)]
    parts += [el("p", _("Similarity: how much of the code the two wrote themselves is the "
                        "same. Matching lines are highlighted below.")),
              _sortable("pairs", headings, rows)]
    parts += [_pair(i, p, report, titles) for i, p in enumerate(pairs[:MAX_PAIRS_SHOWN])]
    if len(pairs) > MAX_PAIRS_SHOWN:
        parts.append(el("p", _("The other {n} pairs are listed in the table above and in "
                               "grade report --format json.").format(
            n=len(pairs) - MAX_PAIRS_SHOWN), class_="muted"))
    return join(parts)


# ----------------------------------------------------------------- the page


def render_page(report: Report, page: Path, title: str | None = None) -> str:
    """The whole page; `page` is where it will be written (links are relative to it)."""
    data = report.data
    heading = (_("{course}: class report").format(course=title) if title
               else _("Class report"))
    made = format_datetime(datetime.fromisoformat(data["generated"]), format="medium",
                           locale=current_language())
    lead = ngettext("{n} student, from the results in {folder}. Made on {date}; nothing was "
                    "graded again.",
                    "{n} students, from the results in {folder}. Made on {date}; nothing was "
                    "graded again.", data["students"]).format(
        n=data["students"], folder=data["results"], date=made)
    nav = el("nav", el("a", _("Totals"), href="#totals"),
             el("a", _("The most common mistakes"), href="#mistakes"),
             el("a", _("Exercises"), href="#exercises"),
             el("a", _("Students who may need help"), href="#help"),
             el("a", _("Near-identical submissions"), href="#similar"))
    body = join([el("header", el("h1", heading), el("p", lead, class_="lead"), nav),
                 el("main", _totals(data), _mistakes(data), _exercises(data),
                    _students(report, page), _similar(report)),
                 el("footer", _("Made by nnkata's grade report.")),
                 el("script", Html(assets.SCRIPT))])
    policy = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
              f"script-src '{assets.script_hash()}'")
    head = join([el("meta", charset="utf-8"),
                 el("meta", name="viewport", content="width=device-width, initial-scale=1"),
                 el("meta", http_equiv="Content-Security-Policy", content=policy),
                 el("title", heading), el("style", Html(assets.STYLE))])
    return (f'<!DOCTYPE html>\n<html lang="{current_language()}">\n'
            f"<head>{head}</head>\n<body>{body}</body>\n</html>\n")
