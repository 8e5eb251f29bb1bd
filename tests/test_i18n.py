"""Every catalog is complete and compiled; the language is negotiated as a learner expects."""

from __future__ import annotations

import pytest

from grader.i18n import UnknownLanguage, negotiate, number, set_language
from grader.i18n.catalogs import problems


def test_catalogs_are_complete_and_compiled():
    assert problems() == []


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "ja_JP.UTF-8"}, "fr"),
    ({"LANGUAGE": "de:ja", "LANG": "en_US.UTF-8"}, "ja"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({}, "en"),
])
def test_language_comes_from_the_environment(env, expected):
    assert negotiate(None, None, env) == expected


def test_explicit_language_wins_over_course_and_environment():
    assert negotiate("fr", "ja", {"LANG": "en_US"}) == "fr"
    assert negotiate(None, "ja", {"LANG": "fr_FR"}) == "ja"


def test_unknown_explicit_language_is_refused():
    with pytest.raises(UnknownLanguage):
        negotiate("tlh", None, {})


def test_numbers_follow_the_locale():
    set_language("fr")
    assert number(1234.5, 1) == "1\u202f234,5"
    set_language("en")
    assert number(1234.5, 1) == "1,234.5"
