"""What every picture of the kit shares: fonts that can draw its words, and atomic saving.

DejaVu Sans (bundled with matplotlib) has no Japanese glyphs. An installed Japanese font is
added behind it, glyph by glyph; where there is none, a picture asked for in Japanese is
labelled in English instead of in empty boxes, and the caller tells the reader why.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

from ..i18n import current_language, set_language
from ..workspace import file_atomically

# Fonts with Japanese glyphs on macOS, Windows and Linux.
CJK_FONTS = ("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "MS Gothic",
             "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic")


@cache
def japanese_fonts() -> tuple[str, ...]:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return tuple(f for f in CJK_FONTS if f in installed)


@contextmanager
def style() -> Iterator[None]:
    """Draw with DejaVu Sans, falling back on an installed Japanese font."""
    # A list of families, not "sans-serif": matplotlib falls back glyph by glyph only along
    # the families it is given, and takes just the first font of a generic one.
    # Japanese fonts often have no bold face: matplotlib then uses the regular one, and would
    # say so on the learner's terminal.
    fonts_log = logging.getLogger("matplotlib.font_manager")
    level = fonts_log.level
    fonts_log.setLevel(logging.ERROR)
    try:
        with matplotlib.rc_context({"font.family": ["DejaVu Sans", *japanese_fonts()]}):
            yield
    finally:
        fonts_log.setLevel(level)


@contextmanager
def drawable_language() -> Iterator[bool]:
    """The current language while drawing, or English where no font can draw it; yields
    whether it had to switch (the language is restored afterwards)."""
    spoken = current_language()
    switch = spoken == "ja" and not japanese_fonts()
    if switch:
        set_language("en")
    try:
        with style():
            yield switch
    finally:
        set_language(spoken)


def save(fig: Figure, path: Path) -> Path:
    """Write the PNG through a temporary file, so no half-written picture is ever left."""
    with file_atomically(path, mode=0o644) as tmp:  # a picture to open, share, hand in
        fig.savefig(tmp, format="png", dpi=100)
    return path
