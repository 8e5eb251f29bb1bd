"""The spacing each language's typography asks for, applied to the catalogs' translations.

French puts a no-break space before « : ; ? ! » and inside « » (U+00A0, so a line never
starts with the sign). Japanese writes a number and its counter word together (「2層」, never
「2 層」, which a terminal may break in two), and so, for an even page, a number standing
among Japanese words takes no space on either side (「どちらも1のときだけ1」). Translators
type ordinary spaces; `grader.i18n.catalogs update` runs `typeset` over every translation, and
the kit's tests check that the catalogs are typeset. Code between backquotes is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NBSP = "\u00a0"
_CODE = re.compile(r"(`[^`\n]*`)")
# French: an ordinary space before a high sign (not "!=" or ":=", which are code).
_BEFORE_SIGN = re.compile(r" +([:;?!])(?=\s|$|[»)\"'.,])")
_AFTER_OPENING = re.compile(r"« +")
_BEFORE_CLOSING = re.compile(r" +»")
# Japanese: a number standing alone (not part of a name such as W1 or 1e-4), next to a word
# written in Japanese with a space between them.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆"
_NUMBER = r"\d(?:[\d,.]*\d)?"
_NUMBER_THEN_WORD = re.compile(rf"(?<![0-9A-Za-z_.\-+])({_NUMBER}) +(?=[{_CJK}])")
_WORD_THEN_NUMBER = re.compile(rf"(?<=[{_CJK}]) +(?={_NUMBER}(?![0-9A-Za-z_]|\.\d))")
# A placeholder followed by a counter word: {n} 個 -> {n}個.
_COUNTERS = "つ個回件章層問枚行列人名秒分点桁倍割番"
_PLACEHOLDER_THEN_COUNTER = re.compile(rf"(\{{\w+\}}) +(?=[{_COUNTERS}])")


def _outside_code(text: str, fix: Callable[[str], str]) -> str:
    pieces = _CODE.split(text)
    return "".join(p if i % 2 else fix(p) for i, p in enumerate(pieces))


def french(text: str) -> str:
    def fix(prose: str) -> str:
        prose = _BEFORE_SIGN.sub(NBSP + r"\1", prose)
        prose = _AFTER_OPENING.sub("«" + NBSP, prose)
        return _BEFORE_CLOSING.sub(NBSP + "»", prose)

    return _outside_code(text, fix)


def japanese(text: str) -> str:
    def fix(prose: str) -> str:
        prose = _NUMBER_THEN_WORD.sub(r"\1", prose)
        prose = _WORD_THEN_NUMBER.sub("", prose)
        return _PLACEHOLDER_THEN_COUNTER.sub(r"\1", prose)

    return _outside_code(text, fix)


_BY_LANGUAGE: dict[str, Callable[[str], str]] = {"fr": french, "ja": japanese}


def typeset(lang: str, text: str) -> str:
    """`text`, a translation into `lang`, with that language's spacing."""
    return _BY_LANGUAGE.get(lang, str)(text)
