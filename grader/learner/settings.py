"""The course file's `[settings]` table: what the learner's loop may show.

    [settings]
    solutions = "after-pass"   # when `grade solution` shows the reference: "after-pass" (the
                               #   default), "always" or "never"
    exam = true                # exam mode: failures give reasons, never expected values;
                               #   solutions default to "never"
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import _

SOLUTION_POLICIES = ("after-pass", "always", "never")
KEYS = ("solutions", "exam")


@dataclass(frozen=True)
class CourseSettings:
    solutions: str = "after-pass"
    exam: bool = False


def parse_settings(raw: object, problem: Callable[[str, str], Exception]) -> CourseSettings:
    """Check the `[settings]` table; `problem(key, message)` makes the error naming its line."""
    if raw is None:
        return CourseSettings()
    if not isinstance(raw, dict):
        raise problem("settings", _("write the settings as a [settings] table."))
    for key in raw:
        if key not in KEYS:
            raise problem(key, _("unknown setting “{key}” in [settings]; the settings are "
                                 "solutions and exam.").format(key=key))
    exam = raw.get("exam", False)
    if not isinstance(exam, bool):
        raise problem("exam", _("exam must be true or false, without quotes."))
    solutions = raw.get("solutions", "never" if exam else "after-pass")
    if solutions not in SOLUTION_POLICIES:
        raise problem("solutions", _("solutions must be \"after-pass\", \"always\" or "
                                     "\"never\"."))
    return CourseSettings(solutions, exam)
