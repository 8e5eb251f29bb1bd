"""What a failed check says about the learner: nothing yet (the function still raises
`NotImplementedError`), a file Python cannot read, or a mistake the check recognised (its hint
key). Only mistakes are misconceptions worth a lecture.

Messages are stored in each student's own language, so the grader's wordings for "not
implemented" and "cannot read your file" are recognised in every language the kit speaks.
"""

from __future__ import annotations

import re
import string
from functools import cache

from ..i18n import LANGUAGES, domain_translations

NOT_STARTED = "not_started"
CANNOT_RUN = "cannot_run"
MISTAKE = "mistake"
EXAMPLE_CHARS = 600

# The grader's own wordings (domain `nnkata`, grader/explain.py and grader/plugin.py); they are
# looked up, not marked for translation here.
_WORDINGS = {
    NOT_STARTED: ("Not implemented yet: this part still raises NotImplementedError.",),
    CANNOT_RUN: ("Python cannot read your file: {message}.",
                 "Python cannot read your file: {message} (line {line})."),
}


def _pattern(template: str) -> str:
    """A regular expression for what `template.format(...)` can give."""
    parts = []
    for literal, field_name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field_name is not None:
            parts.append(".*?")
    return "".join(parts)


@cache
def _matchers() -> dict[str, re.Pattern]:
    found: dict[str, re.Pattern] = {}
    for kind, templates in _WORDINGS.items():
        alternatives = {_pattern(domain_translations(lang, "nnkata").gettext(t))
                        for lang in LANGUAGES for t in templates}
        found[kind] = re.compile("|".join(sorted(alternatives)), re.DOTALL)
    return found


def failure_kind(message: str) -> str:
    """NOT_STARTED, CANNOT_RUN or MISTAKE, from the first line of a failure's message."""
    first = message.strip().split("\n", 1)[0]
    for kind, matcher in _matchers().items():
        if matcher.match(first):
            return kind
    return MISTAKE


def anonymised(message: str, student: str) -> str:
    """The message without the student's name (a folder name may be their real name) or the
    folders it was graded in, and shortened for a report."""
    text = message
    if len(student) >= 3:
        text = re.sub(rf"(?<!\w){re.escape(student)}(?!\w)", "***", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:[A-Za-z]:)?(?:[\\/][^\s\\/:'\"]+)+[\\/](?=[^\s\\/]+\.py\b)", "", text)
    return text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS].rstrip() + "…"
