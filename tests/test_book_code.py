"""The book's own code gets full marks, and so do other correct ways of writing an exercise.

`tests/book/<chapter dir>/<module>.py` is a faithful rewrite of the textbook's version of a
module (its class and argument names, its defaults, its small constants, no `seed`), written
here from its formulas. `tests/variants/<chapter dir>/<module>/<name>.py` is another correct
way to write part of a module (the paper's Adam, a constant inside the square root...). Each is
appended to the reference solution, so its definitions replace the reference ones, and the
exercise must still score full marks: no check may depend on anything the book or a correct
variant does differently (see "Known differences from the book's own code" in CURRICULUM.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NEEDS_MNIST, SOLUTIONS, grade_ids, needs_mnist

from grader.catalog import load_course

HERE = Path(__file__).parent


def _case(path: Path, chapter_dir: str, module: str):
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    exercise_id = f"{chapter.id}.{module}"
    return pytest.param(path, exercise_id, id=path.relative_to(HERE).as_posix(),
                        marks=[needs_mnist] if exercise_id in NEEDS_MNIST else [])


BOOK = [_case(p, p.parent.name, p.stem) for p in sorted((HERE / "book").glob("*/*.py"))]
VARIANTS = [_case(p, p.parents[1].name, p.parent.name)
            for p in sorted((HERE / "variants").glob("*/*/*.py"))]


@pytest.mark.parametrize(("code", "exercise_id"), BOOK + VARIANTS)
def test_correct_code_written_another_way_gets_full_marks(code: Path, exercise_id: str,
                                                          solved_workspace: Path):
    exercise = load_course().exercise(exercise_id)
    target = solved_workspace / exercise.module_path
    original = (SOLUTIONS / exercise.module_path).read_text(encoding="utf-8")
    target.write_text(original + "\n\n" + code.read_text(encoding="utf-8"), encoding="utf-8")

    result = grade_ids(solved_workspace, exercise_id).exercises[0]

    failed = {c.id: c.message for c in result.checks if not c.passed}
    assert not failed
    assert result.score == result.max_score
