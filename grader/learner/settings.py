"""The course file's `[settings]` table: what the learner's loop may show.

    [settings]
    solutions = "after-pass"   # when `grade solution` shows the reference: "after-pass" (the
                               #   default), "always" or "never"
    exam = true                # exam mode: failures give reasons, never expected values;
                               #   solutions default to "never"
    exam_hint_levels = 1       # in exam mode, how many levels of each hint a student may see
                               #   (1, the default: the first only, never the code of the answer)
    gradescope_visibility = "visible"  # when Gradescope shows each check: "visible" (the
                               #   default), "hidden", "after_due_date" or "after_published"
    classroom_steps = "exercise"  # GitHub Classroom's steps, each scored all or nothing: one
                               #   per "exercise" (the default) or one per check "group"
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import _, ngettext

SOLUTION_POLICIES = ("after-pass", "always", "never")
VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
CLASSROOM_STEPS = ("exercise", "group")
KEYS = ("solutions", "exam", "exam_hint_levels", "gradescope_visibility", "classroom_steps")


@dataclass(frozen=True)
class CourseSettings:
    solutions: str = "after-pass"
    exam: bool = False
    exam_hint_levels: int = 1
    gradescope_visibility: str = "visible"
    classroom_steps: str = "exercise"

    @property
    def hint_limit(self) -> int | None:
        """The highest hint level a learner may see: every level outside exam mode (None)."""
        return self.exam_hint_levels if self.exam else None

    def toml_lines(self) -> list[str]:
        """The `[settings]` table as the course file writes it."""
        lines = ["[settings]", f'solutions = "{self.solutions}"',
                 f"exam = {'true' if self.exam else 'false'}"]
        if self.exam_hint_levels != CourseSettings.exam_hint_levels:
            lines.append(f"exam_hint_levels = {self.exam_hint_levels}")
        if self.gradescope_visibility != CourseSettings.gradescope_visibility:
            lines.append(f'gradescope_visibility = "{self.gradescope_visibility}"')
        if self.classroom_steps != CourseSettings.classroom_steps:
            lines.append(f'classroom_steps = "{self.classroom_steps}"')
        return lines


def hint_limit_reached(limit: int) -> str:
    """What `grade hint` (and watch mode's `h`) says when exam mode allows no further level."""
    return ngettext("This is an exam: it allows {count} level of each hint, and you have seen "
                    "it. Work from this one, or ask your instructor.",
                    "This is an exam: it allows {count} levels of each hint, and you have seen "
                    "them all. Work from the last one, or ask your instructor.",
                    limit).format(count=limit)


def parse_settings(raw: object, problem: Callable[[str, str], Exception]) -> CourseSettings:
    """Check the `[settings]` table; `problem(key, message)` makes the error naming its line."""
    if raw is None:
        return CourseSettings()
    if not isinstance(raw, dict):
        raise problem("settings", _("write the settings as a [settings] table."))
    for key in raw:
        if key not in KEYS:
            raise problem(key, _("unknown setting “{key}” in [settings]; the settings are "
                                 "solutions, exam, exam_hint_levels, "
                                 "gradescope_visibility and classroom_steps.").format(key=key))
    exam = raw.get("exam", False)
    if not isinstance(exam, bool):
        raise problem("exam", _("exam must be true or false, without quotes."))
    solutions = raw.get("solutions", "never" if exam else "after-pass")
    if solutions not in SOLUTION_POLICIES:
        raise problem("solutions", _("solutions must be \"after-pass\", \"always\" or "
                                     "\"never\"."))
    levels = raw.get("exam_hint_levels", CourseSettings.exam_hint_levels)
    if isinstance(levels, bool) or not isinstance(levels, int) or levels < 1:
        raise problem("exam_hint_levels", _("exam_hint_levels must be a whole number, 1 or "
                                            "more: how many levels of each hint a student may "
                                            "see in exam mode (1: the first only)."))
    visibility = raw.get("gradescope_visibility", CourseSettings.gradescope_visibility)
    if visibility not in VISIBILITIES:
        raise problem("gradescope_visibility", _(
            "gradescope_visibility must be \"visible\", \"hidden\", \"after_due_date\" or "
            "\"after_published\": when Gradescope shows each check to students."))
    steps = raw.get("classroom_steps", CourseSettings.classroom_steps)
    if steps not in CLASSROOM_STEPS:
        raise problem("classroom_steps", _(
            "classroom_steps must be \"exercise\" or \"group\": whether GitHub Classroom "
            "scores each exercise, or each group of checks, all or nothing."))
    return CourseSettings(solutions, exam, levels, visibility, steps)
