"""Maintainers' runner for the gettext catalogs: extract, update and compile, then check.

    python -m grader.i18n.catalogs update [--domain ch03]   # after changing any text
    python -m grader.i18n.catalogs check                     # what the kit's tests assert

Messages are extracted from the `grader` package. A file belongs to the domain of its chapter
when a part of its path starts with `chNN` (`grader/texts/ch03.py`, `grader/checks/ch03_...`),
to the domain named after its sub-package when that sub-package is listed in
`SUBPACKAGE_DOMAINS`, and to `nnkata` otherwise. A domain of `FOLDER_DOMAINS` is extracted from
a folder of the kit instead, with its own Babel method: `stubs` holds the docstrings and
comments of the stubs in `exercises/`, `solutions` those of the reference solutions (see
`grader.learner.stubs`). English catalogs carry the
source text as their translation, so every catalog is complete in the same way.
"""

from __future__ import annotations

import argparse
import copy
import gettext
import io
import re
import string
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from . import LANGUAGES, LOCALE_DIR
from .typography import typeset

PACKAGE_DIR = Path(__file__).resolve().parents[1]
SUBPACKAGE_DOMAINS = ("instructor", "learner", "datasets", "report", "lms", "notebook", "engines")
FOLDER_DOMAINS = {"stubs": ("exercises", "grader.learner.stubs:extract_stubs"),
                  "solutions": ("solutions", "grader.learner.stubs:extract_stubs")}
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
_CHAPTER = re.compile(r"^(ch\d\d)")
_GENERATED_BY = re.compile(r"^Generated-By:.*\n", re.MULTILINE)
_DATES = re.compile(rb'^"(PO-Revision-Date|POT-Creation-Date|Generated-By):.*\n', re.MULTILINE)
_HEADER = {"project": "nnkata", "version": "0.1", "copyright_holder": "nnkata contributors",
           "msgid_bugs_address": "", "last_translator": "nnkata contributors",
           "language_team": "nnkata contributors"}


def domain_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR).parts
    for part in parts:
        m = _CHAPTER.match(part)
        if m:
            return m.group(1)
    if len(parts) > 1 and parts[0] in SUBPACKAGE_DOMAINS:
        return parts[0]
    return "nnkata"


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def domains() -> list[str]:
    return sorted({domain_of(p) for p in source_files()} | set(FOLDER_DOMAINS))


def _sources(domain: str) -> tuple[list[Path], str]:
    """The files of a domain and the Babel method that extracts them."""
    if domain in FOLDER_DOMAINS:
        folder, method = FOLDER_DOMAINS[domain]
        files = (PACKAGE_DIR.parent / folder).rglob("*.py")
        return sorted(p for p in files if "__pycache__" not in p.parts), method
    return [p for p in source_files() if domain_of(p) == domain], "python"


def extract(domain: str) -> Catalog:
    """The template: every marked string of the domain, in file order."""
    template = Catalog(**_HEADER, domain=domain, fuzzy=False)
    paths, method = _sources(domain)
    for path in paths:
        for lineno, message, comments, _ctx in extract_from_file(
            method, str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            where = (path.relative_to(PACKAGE_DIR.parent).as_posix(), lineno)
            formatted = method == "python" and "{" in str(message)
            template.add(message, locations=[where], auto_comments=comments,
                         flags=("python-brace-format",) if formatted else ())
    return template


def po_path(lang: str, domain: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(path: Path, lang: str) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def render_po(catalog: Catalog) -> bytes:
    """The `.po` text of `catalog`, as `msgfmt -c` accepts it.

    Babel flags every message that merely looks like a `%` format ("{accuracy} % correct") as
    `python-format`, and msgfmt then rejects translations that write "{accuracy}%". The kit
    formats with `str.format` only, so that flag is never true here.
    """
    for message in catalog:
        message.flags.discard("python-format")
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, include_lineno=False, omit_header=False)
    return buf.getvalue()


def _dated(catalog: Catalog, previous: bytes) -> bytes:
    """The rendered catalog, its PO-Revision-Date moved to now when its content changed (or
    was never set): the date says when the translations were last revised."""
    rendered = render_po(catalog)
    if isinstance(catalog.revision_date, str) or _DATES.sub(b"", rendered) != _DATES.sub(
            b"", previous):
        catalog.revision_date = datetime.now(UTC).replace(second=0, microsecond=0)
        rendered = render_po(catalog)
    return rendered


def render_mo(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def mo_messages(data: bytes) -> dict[object, str]:
    """What a compiled catalog says, without the Babel version that wrote it.

    Comparing bytes would fail whenever the installed Babel is newer than the one that compiled
    the catalogs, though every translation is the same.
    """
    messages = dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)
    messages[""] = _GENERATED_BY.sub("", messages.get("", ""))
    return messages


def update(selected: Iterable[str]) -> None:
    """Merge new and changed messages into every language's `.po`, drop stale ones, compile."""
    for domain in selected:
        template = extract(domain)
        for lang in LANGUAGES:
            path = po_path(lang, domain)
            previous = path.read_bytes() if path.exists() else b""
            if previous:
                catalog = read_catalog(path, lang)
            else:
                catalog = Catalog(**_HEADER, locale=lang, domain=domain, fuzzy=False)
            catalog.update(copy.deepcopy(template), no_fuzzy_matching=True,
                           update_header_comment=False, update_creation_date=False)
            catalog.obsolete.clear()
            for message in catalog:
                if message.id:
                    message.string = message.id if lang == "en" else _typeset(lang, message)
            _write(path, _dated(catalog, previous))
            _write(path.with_suffix(".mo"), render_mo(read_catalog(path, lang)))


def _typeset(lang: str, message) -> str | tuple[str, ...]:
    """The message's translation with the spacing of `lang` (see `grader.i18n.typography`)."""
    if isinstance(message.string, tuple):
        return tuple(typeset(lang, s) if s else s for s in message.string)
    return typeset(lang, message.string) if message.string else message.string


def _fields(text: str) -> set[str]:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def _message_problems(where: str, lang: str, message) -> list[str]:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    problems = []
    if message.fuzzy:
        problems.append(f"{where}: fuzzy entry {ids[0]!r}")
    if not all(strings):
        problems.append(f"{where}: untranslated {ids[0]!r}")
    elif any(_fields(s) != _fields(ids[0]) for s in strings):
        problems.append(f"{where}: placeholders differ in {ids[0]!r}")
    elif lang != "en" and any(typeset(lang, s) != s for s in strings):
        problems.append(f"{where}: spacing not typeset in {ids[0]!r} (run update)")
    return problems


def problems() -> list[str]:
    """Everything that makes a catalog incomplete, stale or out of step with its `.mo`."""
    found: list[str] = []
    for domain in domains():
        expected = {m.id for m in extract(domain) if m.id}
        for lang in LANGUAGES:
            path = po_path(lang, domain)
            where = path.relative_to(LOCALE_DIR).as_posix()
            if not path.exists():
                found.append(f"{where}: missing")
                continue
            catalog = read_catalog(path, lang)
            present = {m.id for m in catalog if m.id}
            found += [f"{where}: not in the sources any more {m!r}" for m in present - expected]
            found += [f"{where}: missing message {m!r}" for m in expected - present]
            found += [f"{where}: obsolete entry {m!r}" for m in catalog.obsolete]
            for message in catalog:
                if message.id:
                    found += _message_problems(where, lang, message)
            mo = path.with_suffix(".mo")
            if not mo.exists() or mo_messages(mo.read_bytes()) != mo_messages(render_mo(catalog)):
                found.append(f"{where}: compiled .mo does not match the .po (run update)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "check"])
    parser.add_argument("--domain", action="append", help="only this domain (repeatable)")
    args = parser.parse_args(argv)
    if args.action == "update":
        update(args.domain or domains())
        return 0
    found = problems()
    print("\n".join(found) or "catalogs complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
