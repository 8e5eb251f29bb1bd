"""The catalogs as gettext's own tools and a careful reader see them: `msgfmt -c` finds nothing,
each language keeps to its glossary, and French and Japanese follow their typography."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from grader.i18n import LOCALE_DIR, SOURCE_DOMAINS
from grader.i18n.catalogs import read_catalog
from grader.i18n.typography import _CODE, typeset

PO_FILES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
MSGFMT = shutil.which("msgfmt")


@pytest.mark.skipif(MSGFMT is None, reason="gettext's msgfmt is not installed (CI installs it)")
@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.relative_to(LOCALE_DIR).as_posix())
def test_msgfmt_check_finds_no_error_and_no_warning(po: Path, tmp_path: Path):
    done = subprocess.run([MSGFMT, "--check", "-o", str(tmp_path / "out.mo"), str(po)],
                          capture_output=True, text=True, encoding="utf-8")
    assert (done.returncode, done.stderr) == (0, "")


# Each language's glossary, kept


@dataclass(frozen=True)
class Rule:
    """One row of a glossary: the term to use, the forms to avoid, and where that is checked
    (every message, or those whose English says `scope`)."""

    term: str
    avoid: tuple[str, ...]
    scope: str | None


def glossary(lang: str) -> list[Rule]:
    rules = []
    for line in (LOCALE_DIR / lang / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 4 or set(cells[0]) <= {"-"}:
            continue
        english, term, avoid, where = cells
        if english == "English" or avoid == "—":
            continue
        quoted = re.search(r"“([^”]+)”", where)
        rules.append(Rule(term, tuple(a.strip() for a in avoid.split(",")),
                          quoted.group(1) if quoted else None))
    return rules


def translations(lang: str) -> list[tuple[str, str, str]]:
    """(catalog, English, translation) for every message of every catalog of `lang`."""
    found = []
    for po in sorted((LOCALE_DIR / lang / "LC_MESSAGES").glob("*.po")):
        for message in read_catalog(po, lang):
            if not message.id:
                continue
            english = " ".join(message.id) if isinstance(message.id, tuple) else message.id
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            found += [(po.name, english, s) for s in strings if s]
    return found


def avoided(text: str, rule: Rule, english: str = "") -> list[str]:
    """The forms to avoid in `text`, except where they are part of the term itself
    (フォルダ inside フォルダー, ソフトマックス inside ソフトマックス関数) or of code kept as
    the English has it (`for epoch in range(epochs)` in a hint's last rung)."""
    text = _CODE.sub("", text)
    allowed = [range(m.start(), m.end()) for t in rule.term.split(", ")
               for m in re.finditer(re.escape(t), text)]
    return [form for form in rule.avoid for m in re.finditer(_whole(form), text)
            if not any(m.start() in span and m.end() - 1 in span for span in allowed)
            and _kept_from(english, text, m) is None]


def _kept_from(english: str, text: str, match: re.Match) -> str | None:
    """The stretch around `match` when it is copied word for word from the English (code)."""
    stretch = text[max(0, match.start() - 8):match.end() + 8]
    return stretch if len(stretch) > len(match.group(0)) + 8 and stretch in english else None


def _whole(form: str) -> str:
    """A form as a word of its own: Latin words are not matched inside identifiers
    (errors_per_epoch); Japanese has no spaces, so it is matched anywhere."""
    if form[0].isascii() or form[0] in "àâçéèêëîïôûùüÿœ":
        return rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    return re.escape(form)


@pytest.mark.parametrize("lang", ["fr", "ja"])
def test_every_catalog_keeps_to_the_glossary(lang):
    rules = glossary(lang)
    assert rules, "the glossary lists no form to avoid"
    found = [(po, form, text[:60]) for po, english, text in translations(lang)
             for rule in rules
             if rule.scope is None or re.search(rf"\b{rule.scope}\b", english, re.IGNORECASE)
             for form in avoided(text, rule, english)]
    assert found == []


def test_the_glossary_check_finds_a_form_to_avoid():
    rule = Rule("フォルダー", ("フォルダ",), None)
    assert avoided("作業フォルダを開く", rule) == ["フォルダ"]
    assert avoided("フォルダーを開く", rule) == []


def test_the_glossary_check_leaves_code_copied_from_the_english_alone():
    rule = Rule("époque", ("epoch",), None)
    code = "for epoch in range(epochs): train()"
    assert avoided(f"{code} ; à chaque epoch", rule, english=f"{code}; each epoch") == ["epoch"]


# Typography


@pytest.mark.parametrize("lang", ["fr", "ja"])
def test_every_translation_is_typeset(lang):
    assert [(po, text[:60]) for po, _english, text in translations(lang)
            if typeset(lang, text) != text] == []


# A decimal number right after a word of French prose (not after "=", "(" or in an array).
_FRENCH_DECIMAL = re.compile(r"\b([a-zàâçéèêëîïôûùüÿœ']{2,})[ \u00a0](\d+\.\d+)(?!\.?\d)")
_NOT_PROSE = {"version", "return", "lambda", "if", "else", "in", "and", "or", "not"}


def test_french_prose_writes_decimal_commas():
    found = [(po, match.group(0)) for po, _english, text in translations("fr")
             for match in _FRENCH_DECIMAL.finditer(_CODE.sub("", text))
             if match.group(1) not in _NOT_PROSE]
    assert found == []


@pytest.mark.parametrize("lang", ["fr", "ja"])
def test_a_message_has_one_translation_whatever_its_domain(lang):
    """`_()` looks through every message domain in turn and takes the first translation it
    finds: two translations of one message would make one of them silently unused."""
    seen: dict[object, set[object]] = {}
    for po in sorted((LOCALE_DIR / lang / "LC_MESSAGES").glob("*.po")):
        if po.stem not in SOURCE_DOMAINS:
            for message in read_catalog(po, lang):
                if message.id:
                    seen.setdefault(message.id, set()).add(message.string)
    assert {english: texts for english, texts in seen.items() if len(texts) > 1} == {}
