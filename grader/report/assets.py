"""The page's style sheet and its one script, inlined so that the report is a single file.

The script only sorts tables (a heading's link sets `#sort-TABLE-COLUMN-asc|desc`, so a sorted
view can be bookmarked); the page reads the same without it.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { --ink: #1d2733; --soft: #5b6776; --line: #d8dee6; --pale: #f4f6f9;
  --blue: #3b7dd8; --green: #2e8b57; --red: #c8483f; --amber: #fbe3a1; --amber-ink: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px; color: var(--ink);
  background: #fff; line-height: 1.55; font-size: 15px;
  font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic",
    "IPAGothic", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.8em; margin: 0 0 4px; }
h2 { font-size: 1.35em; margin: 40px 0 12px; padding-bottom: 4px;
  border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1em; margin: 28px 0 8px; }
h4 { font-size: 1em; margin: 18px 0 6px; }
p { margin: 8px 0; }
.lead { color: var(--soft); margin: 0; }
nav { margin: 16px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
nav a { color: var(--blue); text-decoration: none; font-weight: 600; }
a { color: var(--blue); }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 16px; padding: 0;
  list-style: none; }
.figures li { background: var(--pale); border: 1px solid var(--line); border-radius: 8px;
  padding: 8px 14px; min-width: 120px; }
.figures b { display: block; font-size: 1.5em; line-height: 1.2; }
.figures span { color: var(--soft); font-size: .9em; }
.chart { max-width: 720px; }
.chart svg { width: 100%; height: auto; display: block; }
.chart text { fill: var(--ink); font-size: 12px; font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px;
  border-bottom: 1px solid var(--line); }
th { background: var(--pale); font-weight: 600; white-space: nowrap; }
th a { color: inherit; text-decoration: none; }
th a::after { content: " \\2195"; color: var(--soft); font-weight: normal; }
th[aria-sort=ascending] a::after { content: " \\2191"; }
th[aria-sort=descending] a::after { content: " \\2193"; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK JP",
  monospace; font-size: .92em; }
.muted { color: var(--soft); }
.bar { display: inline-block; width: 90px; height: 10px; background: var(--pale);
  border: 1px solid var(--line); border-radius: 3px; margin-right: 8px; vertical-align: middle;
  overflow: hidden; }
.bar span { display: block; height: 100%; }
.bar.pass span { background: var(--green); }
.bar.fail span { background: var(--red); }
ul.misconceptions { margin: 0; padding: 0; list-style: none; }
ol.mistakes { padding-left: 1.6em; }
ol.mistakes li { margin: 0 0 10px; }
ul.misconceptions li { margin: 0 0 8px; }
.count { font-weight: 700; white-space: nowrap; }
.hint { font-style: italic; }
:lang(ja) .hint { font-style: normal; }  /* Japanese has no italics; slanted kana read badly */
details { margin: 2px 0 0; }
summary { cursor: pointer; color: var(--blue); font-size: .9em; }
pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK JP",
  monospace; font-size: 12.5px; white-space: pre-wrap; word-break: break-word; margin: 4px 0;
  background: var(--pale); border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.caveat { border-left: 4px solid var(--amber-ink); background: #fff8e6; padding: 10px 14px;
  margin: 12px 0; border-radius: 0 6px 6px 0; }
.why { white-space: nowrap; }
.tag { display: inline-block; font-size: .82em; padding: 0 7px; margin: 0 4px 2px 0;
  border-radius: 10px; background: var(--pale); border: 1px solid var(--line); }
.tag.low_score, .tag.broken { background: #fbe4e2; border-color: #efb8b3; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side pre { padding: 6px 0; margin: 0; }
.side .who { font-weight: 600; margin-bottom: 4px; }
.side .l { display: block; padding: 0 8px 0 0; }
.side .n { display: inline-block; width: 3.2em; padding-right: .8em; text-align: right;
  color: var(--soft); user-select: none; }
.side .same { background: var(--amber); }
.side .gap { display: block; color: var(--soft); padding-left: 3.2em; }
footer { margin-top: 48px; color: var(--soft); font-size: .9em; }
@media (max-width: 760px) { .side { grid-template-columns: 1fr; } }
@media print { nav { display: none; } body { max-width: none; padding: 0; }
  h2 { break-after: avoid; } tr, .l { break-inside: avoid; } }
"""

SCRIPT = """(function () {
  "use strict";
  function key(cell) {
    var text = cell.getAttribute("data-sort");
    if (text === null) { text = cell.textContent.trim(); }
    var n = Number(text);
    return text === "" ? null : (isNaN(n) ? text.toLowerCase() : n);
  }
  function compare(a, b) {
    if (typeof a !== typeof b) { return typeof a === "number" ? -1 : 1; }
    return a < b ? -1 : (a > b ? 1 : 0);
  }
  function sort(table, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var a = key(x.cells[column]), b = key(y.cells[column]);
      if (a === null || b === null) { return (a === null) - (b === null); }
      return descending ? compare(b, a) : compare(a, b);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    var headings = table.tHead.rows[0].cells;
    for (var i = 0; i < headings.length; i++) {
      var link = headings[i].querySelector("a");
      if (!link) { continue; }
      var next = (i === column && !descending) ? "desc" : "asc";
      link.setAttribute("href", "#sort-" + table.id + "-" + i + "-" + next);
      if (i === column) {
        headings[i].setAttribute("aria-sort", descending ? "descending" : "ascending");
      } else {
        headings[i].removeAttribute("aria-sort");
      }
    }
  }
  function apply() {
    var m = /^#sort-([A-Za-z0-9_]+)-([0-9]+)-(asc|desc)$/.exec(window.location.hash);
    var table = m && document.getElementById(m[1]);
    if (table && table.tBodies.length && table.tHead) {
      sort(table, Number(m[2]), m[3] === "desc");
    }
  }
  window.addEventListener("hashchange", apply);
  apply();
})();
"""


def script_hash() -> str:
    """The script's hash for the page's Content-Security-Policy: it may run, nothing else."""
    return "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
