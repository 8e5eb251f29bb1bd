"""Lengths of time as instructors write them ("15m", "2d", "1d12h"), for the grace period and
per-student extensions; a bare number is read as days, the unit of extensions."""

from __future__ import annotations

import re
from datetime import timedelta

UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "mins": 60, "minutes": 60, "h": 3600,
         "hr": 3600, "hour": 3600, "hours": 3600, "d": 86400, "day": 86400, "days": 86400,
         "w": 604800, "week": 604800, "weeks": 604800}
_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*")


def parse_duration(text: str) -> timedelta | None:
    """The duration `text` writes, or None when it is not one."""
    text = text.strip().lower()
    if not text:
        return None
    seconds = 0.0
    position = 0
    while position < len(text):
        part = _PART.match(text, position)
        if part is None or part.end() == position:
            return None
        unit = part.group(2) or "d"
        if unit not in UNITS:
            return None
        seconds += float(part.group(1)) * UNITS[unit]
        position = part.end()
    return timedelta(seconds=seconds)


def duration_text(length: timedelta) -> str:
    """The shortest way `parse_duration` reads back: "15m", "2d", "1d12h"."""
    seconds = round(length.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0m"
