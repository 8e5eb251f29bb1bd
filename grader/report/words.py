"""The report's words, from its own catalog first.

All catalogs of a language are chained, and on a message that two parts of the kit both use
("Status", "Total") the first catalog of the chain wins; the report reads its own first, so
its translations stay the ones written for it. Anything else (exercise titles, hints) falls
back on the chain as everywhere in the kit.
"""

from __future__ import annotations

import gettext
from functools import cache

from ..i18n import current_language, domain_translations, load_translations

DOMAIN = "report"


@cache
def _catalog(lang: str) -> gettext.NullTranslations:
    own = domain_translations(lang, DOMAIN)
    own.add_fallback(load_translations(lang))
    return own


def _(message: str) -> str:
    return _catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog(current_language()).ngettext(singular, plural, n)
