"""Where a line may break in the terminal, as Japanese and French typesetting allow.

rich breaks lines only at spaces, and measures a column's narrowest width by its longest run
without one. Japanese has no spaces between words: a sentence is one "word" to rich, so a table
cell or a help line is cut with "…", or pushed whole to the next line, where English would
wrap. And rich takes a no-break space for a space, so French « : » could start a line.

`install()` gives rich the break opportunities of the text instead: between two Japanese
characters (not before 、。）」 and the like, not after （「, and never between a number and
the counter word after it, as in 「2層」), at ordinary spaces, never at a no-break space. Text
with neither Japanese nor a no-break space is measured and wrapped exactly as rich does. It
also makes rich drop the spaces a wrapped line ends with by their width on screen, not by their
number of characters (which leaves a line of Japanese one space too wide, cut with "…").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich import _wrap, text
from rich.cells import cell_len
from rich.measure import Measurement

NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2060"
# Characters a Japanese line never starts with, and those it never ends with.
NO_LINE_START = set("、。，．・：；？！）」』】〕〉》〙〗｝］ー…‥々"
                    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!)]}%")
NO_LINE_END = set("（「『【〔〈《〘〖｛［([{")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SPECIAL = re.compile(rf"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
                      rf"{NO_BREAK_SPACES}]")
_rich_words = _wrap.words
_rich_measure = text.Text.__rich_measure__
_TRAILING_SPACES = re.compile(r"\s+$")


def _is_space(char: str) -> bool:
    return char.isspace() and char not in NO_BREAK_SPACES


def _is_digit(char: str) -> bool:
    return "0" <= char <= "9"


def _may_break_before(line: str, i: int) -> bool:
    before, after = line[i - 1], line[i]
    if _is_space(after):
        return False  # spaces stay at the end of the line they follow
    if _is_space(before):
        # "7 分前", as Babel writes it: a number and its counter stay together all the same
        return not (i >= 2 and _is_digit(line[i - 2]) and _CJK.match(after))
    if not (_CJK.match(before) or _CJK.match(after)):
        return False  # inside a word of Latin letters, digits or signs (or at a no-break space)
    if after in NO_LINE_START or before in NO_LINE_END or after in NO_BREAK_SPACES:
        return False
    return not (before in NO_BREAK_SPACES or _is_digit(before) and _CJK.match(after))


def words(line: str) -> Iterable[tuple[int, int, str]]:
    """The pieces of `line` a line may break between, as `rich._wrap.words` yields them
    (start, end, piece with its trailing spaces)."""
    if not _SPECIAL.search(line):
        yield from _rich_words(line)
        return
    start = 0
    for i in range(1, len(line)):
        if _may_break_before(line, i):
            yield start, i, line[start:i]
            start = i
    if start < len(line):
        yield start, len(line), line[start:]


def _measure(self: text.Text, console, options) -> Measurement:
    """rich's measure, with the narrowest width taken from the pieces `words` finds."""
    measured = _rich_measure(self, console, options)
    plain = self.plain
    if not _SPECIAL.search(plain):
        return measured
    pieces = [cell_len(piece.rstrip()) for line in plain.splitlines() for *_, piece in words(line)]
    return Measurement(min(max(pieces, default=0), measured.maximum), measured.maximum)


def _rstrip_end(self: text.Text, size: int) -> None:
    """Drop the spaces beyond `size` cells at the end of the line."""
    excess = cell_len(self.plain) - size
    spaces = _TRAILING_SPACES.search(self.plain)
    if excess > 0 and spaces is not None:
        self.right_crop(min(len(spaces.group(0)), excess))


def install() -> None:
    """Make every rich console of this process break lines as described above."""
    _wrap.words = words
    text.Text.__rich_measure__ = _measure
    text.Text.rstrip_end = _rstrip_end
