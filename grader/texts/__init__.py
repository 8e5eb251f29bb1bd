"""What the learner reads about each exercise: title, statement and hint levels.

Each chapter has a module `grader/texts/chNN.py` defining `CHAPTER_TITLE` and `TEXTS`, a dict
from exercise id to `ExerciseText`. Strings are marked with `N_` and translated where shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..i18n import _


@dataclass(frozen=True)
class ExerciseText:
    title: str
    statement: str
    # hint key (named by checks in course.toml) -> levels, from a nudge to nearly the answer
    hints: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _chapter_module(chapter: str):
    return importlib.import_module(f"{__name__}.{chapter}")


def chapter_title(chapter: str) -> str:
    return _(_chapter_module(chapter).CHAPTER_TITLE)


def exercise_text(exercise_id: str) -> ExerciseText:
    return _chapter_module(exercise_id.split(".")[0]).TEXTS[exercise_id]


def hint_levels(exercise_id: str, hint_key: str) -> tuple[str, ...]:
    """The hint's levels, translated."""
    return tuple(_(level) for level in exercise_text(exercise_id).hints[hint_key])
