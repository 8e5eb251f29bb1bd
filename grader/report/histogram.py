"""The histogram of the class's totals, drawn as inline SVG.

Inline SVG keeps the page one file, stays sharp at any zoom and in print, and its words are
text in the page's own fonts: Japanese is drawn by the reader's browser, with no font to find
on the instructor's machine.
"""

from __future__ import annotations

from ..i18n import number
from .figures import nice_step
from .markup import Html, el, join
from .words import _, ngettext

WIDTH, HEIGHT = 640, 250
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 26, 46


def _marker(x: float, label: str, dash: str, color: str, row: int) -> Html:
    return join([
        el("line", x1=f"{x:.1f}", x2=f"{x:.1f}", y1=TOP, y2=HEIGHT - BOTTOM, stroke="#fff",
           stroke_width=5),  # a halo, so that the line shows over a bar
        el("line", x1=f"{x:.1f}", x2=f"{x:.1f}", y1=TOP, y2=HEIGHT - BOTTOM, stroke=color,
           stroke_width=2, stroke_dasharray=dash),
        el("text", label, x=f"{x:.1f}", y=TOP - 14 + 12 * row, text_anchor="middle",
           fill=color),
    ])


def histogram_svg(totals: dict) -> Html:
    """`totals` as figured by `grader.report.figures` (edges, counts, mean, median)."""
    edges, counts = totals["histogram"]["edges"], totals["histogram"]["counts"]
    top = edges[-1] or 1.0
    largest = max(counts, default=0) or 1
    step = max(1, int(nice_step(largest, 5)))
    ceiling = step * -(-largest // step)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(value: float) -> float:
        return LEFT + plot_w * value / top

    def y(count: float) -> float:
        return TOP + plot_h * (1 - count / ceiling)

    parts = []
    for tick in range(0, ceiling + 1, step):
        parts.append(el("line", x1=LEFT, x2=WIDTH - RIGHT, y1=f"{y(tick):.1f}",
                        y2=f"{y(tick):.1f}", stroke="#d8dee6"))
        parts.append(el("text", number(tick, 0), x=LEFT - 6, y=f"{y(tick) + 4:.1f}",
                        text_anchor="end"))
    for low, high, count in zip(edges, edges[1:], counts, strict=False):
        if count:
            parts.append(el(
                "rect", el("title", ngettext(
                    "{count} student with {low} to {high} points",
                    "{count} students with {low} to {high} points", count).format(
                    count=count, low=number(low, 1), high=number(high, 1))),
                x=f"{x(low) + 1:.1f}", y=f"{y(count):.1f}",
                width=f"{max(1.0, x(high) - x(low) - 2):.1f}",
                height=f"{y(0) - y(count):.1f}", fill="#3b7dd8"))
    tick = nice_step(top, 8)
    for i in range(int(top / tick + 1e-9) + 1):
        parts.append(el("text", number(i * tick, 2), x=f"{x(i * tick):.1f}",
                        y=HEIGHT - BOTTOM + 16, text_anchor="middle"))
    parts.append(el("text", _("Total points (out of {max})").format(
        max=number(totals["max"], 2)),
                    x=LEFT + plot_w / 2, y=HEIGHT - 8, text_anchor="middle"))
    parts.append(el("text", _("Number of students"), x=12, y=TOP + plot_h / 2, text_anchor="middle",
                    transform=f"rotate(-90 12 {TOP + plot_h / 2:.1f})"))
    if totals["mean"] is not None:
        parts.append(_marker(x(totals["mean"]), _("mean {value}").format(
            value=number(totals["mean"], 2)), "6 4", "#c8483f", 0))
        parts.append(_marker(x(totals["median"]), _("median {value}").format(
            value=number(totals["median"], 2)), "2 3", "#2e8b57", 1))
    summary = _("Histogram of the totals of the {n} graded submissions.").format(
        n=totals["graded"])
    return el("svg", el("title", summary), *parts, xmlns="http://www.w3.org/2000/svg",
              viewBox=f"0 0 {WIDTH} {HEIGHT}", role="img", aria_label=summary)
