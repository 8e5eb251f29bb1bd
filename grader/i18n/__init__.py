"""Translation at run time: the learner's language, `_()` for messages, Babel for numbers.

Catalogs live in `locales/<lang>/LC_MESSAGES/<domain>.mo`, one domain per part of the kit
(`nnkata` for the grader itself, `ch02`, `ch03`, ... for each chapter's texts and checks).
All domains of a language are chained, so `_()` finds a message wherever it was extracted.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

LANGUAGES = ("en", "fr", "ja")
# Domains that translate the kit's source files (see `grader.learner.stubs`), not messages.
SOURCE_DOMAINS = ("stubs", "solutions")
DEFAULT_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parents[2] / "locales"

_state: dict[str, object] = {"lang": DEFAULT_LANGUAGE, "tr": gettext.NullTranslations()}


class UnknownLanguage(ValueError):
    """`--lang` (or a course file) asked for a language the kit does not speak."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lang = lang


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def _(message: str) -> str:
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations().ngettext(singular, plural, n)


def _translations() -> gettext.NullTranslations:
    return _state["tr"]  # type: ignore[return-value]


def current_language() -> str:
    return str(_state["lang"])


def domain_translations(lang: str, domain: str) -> gettext.NullTranslations:
    """One domain's compiled catalog for `lang`; no translation at all when there is none."""
    mo = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.mo"
    if not mo.is_file():
        return gettext.NullTranslations()
    with mo.open("rb") as f:
        return gettext.GNUTranslations(f)


def load_translations(lang: str) -> gettext.NullTranslations:
    """Every message domain's catalog for `lang`, chained; an empty fallback when none is
    compiled."""
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    chain: gettext.NullTranslations = gettext.NullTranslations()
    found = sorted(folder.glob("*.mo")) if folder.is_dir() else []
    for mo in (m for m in found if m.stem not in SOURCE_DOMAINS):
        tr = domain_translations(lang, mo.stem)
        if isinstance(chain, gettext.GNUTranslations):
            chain.add_fallback(tr)
        else:
            chain = tr
    return chain


def set_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise UnknownLanguage(lang)
    _state["lang"] = lang
    _state["tr"] = load_translations(lang)


def _from_environment(environ: Mapping[str, str]) -> list[str]:
    wanted: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in environ.get(var, "").split(":"):
            tag = value.split(".")[0].split("@")[0]
            if tag and tag not in ("C", "POSIX"):
                wanted.append(tag)
    return wanted


def negotiate(
    explicit: str | None = None,
    course_default: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The language to speak: `--lang`, the course's default, the environment, then English."""
    for choice in (explicit, course_default):
        if choice:
            if choice not in LANGUAGES:
                raise UnknownLanguage(choice)
            return choice
    preferred = _from_environment(os.environ if environ is None else environ)
    try:
        match = Locale.negotiate(preferred, list(LANGUAGES), sep="_")
    except (UnknownLocaleError, ValueError):
        match = None
    return match.language if match else DEFAULT_LANGUAGE


def number(value: float, digits: int = 4) -> str:
    """A number written the learner's way (decimal comma in French, for instance)."""
    pattern = "#,##0." + "#" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=current_language())


def percent(fraction: float, digits: int = 2) -> str:
    """A fraction as a percentage written the learner's way: "96.5%", "96,5 %", "96.5%"."""
    return format_percent(fraction, format="#,##0." + "#" * digits + "%",
                          locale=current_language())


def listing(items: Sequence[str]) -> str:
    """Items joined the learner's way: "a, b and c", "a, b et c", "a、b、c"."""
    return format_list(list(items), locale=current_language())
