"""Every hidden check is proven: each mutant in `tests/mutants/` must be caught.

A mutant is a small file at `tests/mutants/<chapter dir>/<module>/<name>.py`. It is appended
to the reference solution of that module (so its definitions replace the correct ones), and
its header says which checks must fail and with which hint:

    # kills: check_id [check_id ...]
    # hint: hint_key            (optional: the hint the first killed check must show)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MUTANTS, NEEDS_MNIST, SOLUTIONS, grade_ids, needs_mnist

from grader.catalog import load_course


def _mutants() -> list[Path]:
    return sorted(p for p in MUTANTS.rglob("*.py") if p.name != "__init__.py")


def _header(path: Path, field: str) -> list[str]:
    found = re.findall(rf"^# {field}: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return found[0].split() if found else []


def _exercise_id(path: Path) -> str:
    chapter_dir, module = path.parent.parent.name, path.parent.name
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    return f"{chapter.id}.{module}"


def _cases() -> list:
    return [pytest.param(m, id=f"{m.parent.name}/{m.stem}",
                         marks=[needs_mnist] if _exercise_id(m) in NEEDS_MNIST else [])
            for m in _mutants()]


@pytest.mark.parametrize("mutant", _cases())
def test_mutant_is_caught(mutant: Path, solved_workspace: Path):
    exercise_id = _exercise_id(mutant)
    exercise = load_course().exercise(exercise_id)
    kills = _header(mutant, "kills")
    assert kills, f"{mutant} names no check in a '# kills:' line"
    target = solved_workspace / exercise.module_path
    original = (SOLUTIONS / exercise.module_path).read_text(encoding="utf-8")
    target.write_text(original + "\n\n" + mutant.read_text(encoding="utf-8"), encoding="utf-8")

    result = grade_ids(solved_workspace, exercise_id).exercises[0]

    by_id = {c.id: c for c in result.checks}
    survived = [k for k in kills if by_id[k].passed]
    assert not survived, f"{mutant.name} survived {survived}"
    hint = _header(mutant, "hint")
    if hint:
        assert by_id[kills[0]].hint_key == hint[0]
    assert by_id[kills[0]].message


def test_every_check_kills_at_least_one_mutant():
    killed = {(_exercise_id(m), k) for m in _mutants() for k in _header(m, "kills")}
    unproven = [
        f"{e.id}::{c.id}" for e in load_course().exercises for c in e.checks
        if (e.id, c.id) not in killed
    ]
    assert not unproven, f"checks with no mutant to prove them: {unproven}"
