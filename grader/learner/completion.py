"""Shell completion of chapter and exercise ids (`grade show ch03.<TAB>`)."""

from __future__ import annotations

from collections.abc import Callable

from ..catalog import load_course
from ..i18n import _
from ..texts import chapter_title, exercise_text


def _title(lookup: Callable[[], str]) -> str:
    """A title for the shell to show beside an id; none rather than a traceback in the shell."""
    try:
        return lookup()
    except (ImportError, LookupError):
        return ""


def complete_ids(incomplete: str, *, chapters: bool = False) -> list[tuple[str, str]]:
    """Ids starting with what was typed, each with its title (shells that show help use it)."""
    found: list[tuple[str, str]] = []
    for chapter in load_course().chapters:
        if chapters and chapter.id.startswith(incomplete) and chapter.exercises:
            found.append((chapter.id, _title(lambda c=chapter.id: chapter_title(c))))
        found += [(e.id, _title(lambda i=e.id: _(exercise_text(i).title)))
                  for e in chapter.exercises if e.id.startswith(incomplete)]
    return found


def complete_exercises(incomplete: str) -> list[tuple[str, str]]:
    return complete_ids(incomplete)


def complete_chapters_and_exercises(incomplete: str) -> list[tuple[str, str]]:
    return complete_ids(incomplete, chapters=True)
