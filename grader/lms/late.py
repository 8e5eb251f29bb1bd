"""The course file's late policy, and what it takes off a late submission's total::

    late_penalty = "10% per day"   # or "5% per hour", "2 points per day"
    grace = "15m"                  # later than the due date by at most this: on time
    max_late_days = 3              # later than this many days: not accepted, 0 points

A submission later than the grace period is late from the due date itself, and every started
day (or hour) counts: 25 hours late is 2 days. A percentage is of the points possible, as
Canvas counts it, so a penalty never depends on how well the student did; it never takes a
total below 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..i18n import _
from .durations import duration_text, parse_duration

LATE_KEYS = ("late_penalty", "grace", "max_late_days")
DAY = timedelta(days=1)
_PENALTY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%|points?|pts?)\s*(?:per|/|a|an|each)\s*"
                      r"(day|hour)\s*$", re.IGNORECASE)
_LATE_LINE = re.compile(r"^\s*(?:" + "|".join(LATE_KEYS) + r")\s*=.*$\n?", re.MULTILINE)


@dataclass(frozen=True)
class Lateness:
    """How late one submission was, and what that costs."""

    late: timedelta  # after the due date and the grace period; zero when on time
    days: int  # started days late
    penalty: float  # points taken off the total
    refused: bool = False  # later than max_late_days: the total is 0

    @property
    def is_late(self) -> bool:
        return self.late > timedelta(0)


ON_TIME = Lateness(timedelta(0), 0, 0.0)


@dataclass(frozen=True)
class LatePolicy:
    rate: float = 0.0  # per unit, a fraction of the points possible or points
    percent: bool = True
    unit: timedelta = DAY
    grace: timedelta = timedelta(0)
    max_late_days: int | None = None

    def lateness(self, submitted: datetime | None, due: datetime | None, total: float,
                 max_total: float) -> Lateness:
        """What being submitted at `submitted` for `due` costs a total of `total`."""
        if submitted is None or due is None or submitted - due <= self.grace:
            return ON_TIME
        late = submitted - due
        days = math.ceil(late / DAY)
        if self.max_late_days is not None and days > self.max_late_days:
            return Lateness(late, days, total, refused=True)
        units = math.ceil(late / self.unit)
        per_unit = self.rate * max_total if self.percent else self.rate
        return Lateness(late, days, round(min(total, units * per_unit), 2))


    def toml_lines(self) -> list[str]:
        """The policy as the course file writes it (`grade assign` keeps it when it rewrites
        the file); nothing for the default, which has none."""
        lines = []
        if self.rate:
            amount = f"{self.rate * 100:g}%" if self.percent else f"{self.rate:g} points"
            lines.append(f'late_penalty = "{amount} per {"day" if self.unit == DAY else "hour"}"')
        if self.grace:
            lines.append(f'grace = "{duration_text(self.grace)}"')
        if self.max_late_days is not None:
            lines.append(f"max_late_days = {self.max_late_days}")
        return lines


def parse_late_policy(raw: dict, problem: Callable[[str, str], Exception]) -> LatePolicy:
    """Check the late policy's keys of a course file; `problem(key, message)` makes the error
    naming its line."""
    chosen: dict = {}
    penalty = raw.get("late_penalty")
    if penalty is not None:
        found = _PENALTY.match(penalty) if isinstance(penalty, str) else None
        if found is None:
            raise problem("late_penalty", _("late_penalty must read like \"10% per day\", \"5% "
                                            "per hour\" or \"2 points per day\", in quotes."))
        chosen["percent"] = found.group(2) == "%"
        chosen["rate"] = float(found.group(1)) / (100 if chosen["percent"] else 1)
        chosen["unit"] = DAY if found.group(3).lower() == "day" else timedelta(hours=1)
    grace = raw.get("grace")
    if grace is not None:
        chosen["grace"] = parse_duration(grace) if isinstance(grace, str) else None
        if chosen["grace"] is None:
            raise problem("grace", _("grace must be a length of time in quotes, such as "
                                     "\"15m\", \"2h\" or \"1d\"."))
    days = raw.get("max_late_days")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            raise problem("max_late_days", _("max_late_days must be a whole number of days, "
                                             "0 or more, without quotes."))
        chosen["max_late_days"] = days
    return LatePolicy(**chosen)


def without_late_policy(text: str) -> str:
    """The course file's text less its late policy, which changes marks but not grading: a
    new penalty must not grade the whole class again."""
    return _LATE_LINE.sub("", text)
