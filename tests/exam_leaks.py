"""Finding expected values in what exam mode shows: a reference that notes every value it
gives, and a search of a text for those values, written in any of the ways the kit writes
numbers (`show()`, `number()` in each language, plain reprs, f-strings).

A number in a text counts as a reference value when it equals one to the precision it is
written with and carries enough significant digits to mean something: at least 3 for a value
the reference returned on its own (so "0" and "1" do not count), at least 5 for an element of
an array (the learner's own arrays are shown to 4 decimals, and where they are right their
elements are the expected ones). Arrays are also looked for whole, as `show()` writes them,
when that shows such a number. Values the check fed in (arguments of reference calls,
attributes set on reference objects) are not secret: a number equal to one is never counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import FunctionType, MethodType, ModuleType
from typing import Any

import numpy as np

from grader.checks.api import show

PLAIN = (np.ndarray, np.generic, int, float, bool, str, type(None))
SCALAR_DIGITS = 3
ELEMENT_DIGITS = 5
MAX_ELEMENTS = 400
# a number as the kit writes it: 1234.5, 1,234.5 (en), 1 234,5 (fr), 3.7e-44, -0.5
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:[,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?:e[-+]?\d+)?",
                     re.IGNORECASE)


@dataclass
class Log:
    """What the reference gave (outputs) and what it was given (inputs) during a run."""

    outputs: list[Any] = field(default_factory=list)
    inputs: list[Any] = field(default_factory=list)

    def give(self, value: Any) -> Any:
        if _plain(value):
            self.outputs.append(value)
            return value
        return Recorder(value, self)

    def take(self, value: Any) -> None:
        if _plain(value):
            self.inputs.append(value)


def _plain(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(_plain(v) for v in value.values())
    return isinstance(value, PLAIN)


class Recorder:
    """A reference module, class, object or function standing in for itself, noting in `log`
    every plain value it gives back and every plain value it is given."""

    def __init__(self, target: Any, log: Log) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", log)

    def __getattr__(self, name: str) -> Any:
        return self._log.give(getattr(self._target, name))

    def __setattr__(self, name: str, value: Any) -> None:
        self._log.take(value)
        setattr(self._target, name, value)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            self._log.take(value)
        return self._log.give(self._target(*args, **kwargs))


def recording(module: ModuleType | FunctionType | MethodType, log: Log) -> Recorder:
    return Recorder(module, log)


# ------------------------------------------------------------------ numbers in a text


@dataclass(frozen=True)
class Written:
    """A number as it stands in a text: its value, its last written digit, its digits."""

    text: str
    value: float
    step: float
    significant: int

    def equals(self, v: float) -> bool:
        return abs(self.value - v) <= self.step / 2 * (1 + 1e-9) + 1e-300


def numbers_in(text: str, lang: str) -> list[Written]:
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group()
        if lang == "fr":  # 1 234,5: spaces group thousands, the comma marks the decimals
            plain = re.sub(r"[\u00a0\u202f ]", "", raw).replace(",", ".")
        else:  # 1,234.5 (and never a space inside a number)
            if re.search(r"[\u00a0\u202f ]", raw):
                found += numbers_in(raw.replace("\u00a0", " ").replace("\u202f", " ")
                                    .replace(" ", "\n"), lang)
                continue
            plain = raw.replace(",", "")
        try:
            number = Decimal(plain)
        except InvalidOperation:
            continue
        sign, digits, exponent = number.as_tuple()
        if not isinstance(exponent, int):
            continue
        significant = len("".join(map(str, digits)).lstrip("0"))
        found.append(Written(raw, float(number), float(Decimal(1).scaleb(exponent)),
                             significant))
    return found


def _floats(value: Any) -> list[tuple[float, bool]]:
    """Every number in a value, each with whether it stands alone (not inside an array)."""
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats(v)]
    if isinstance(value, (list, tuple)):
        return [f for v in value for f in _floats(v)]
    if isinstance(value, (np.ndarray, np.generic)) and np.asarray(value).dtype.kind in "biuf":
        array = np.asarray(value, dtype=float)
        if array.ndim == 0:
            return [(float(array), True)]
        return [(float(v), False) for v in array.ravel()[:MAX_ELEMENTS]]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [(float(value), True)]
    return []


def _arrays(value: Any) -> list[np.ndarray]:
    if isinstance(value, dict):
        return [a for v in value.values() for a in _arrays(v)]
    if isinstance(value, (list, tuple)):
        return [a for v in value for a in _arrays(v)]
    if isinstance(value, np.ndarray) and value.ndim and value.dtype.kind in "biuf":
        rows = list(value[: 50]) if value.ndim == 2 else []
        return [value, *rows]
    return []


def leaks(text: str, log: Log, lang: str) -> list[str]:
    """The reference values written in `text`, each as it is written there."""
    given = [v for value in log.inputs for v, _alone in _floats(value)]
    found = []
    for written in numbers_in(text, lang):
        if written.significant < SCALAR_DIGITS or any(written.equals(v) for v in given):
            continue
        for value in log.outputs:
            if any(written.equals(v) and (alone or written.significant >= ELEMENT_DIGITS)
                   for v, alone in _floats(value)):
                found.append(written.text)
                break
    for value in log.outputs:
        for array in _arrays(value):
            for precision in (4, 6):
                shown = show(array, precision)
                telling = any(n.significant >= SCALAR_DIGITS for n in numbers_in(shown, "en"))
                if telling and shown in text and not any(shown == show(a, precision)
                                             for v in log.inputs for a in _arrays(v)):
                    found.append(shown)
    return found
