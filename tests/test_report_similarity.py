"""Near-identical submissions, on a class made of the kit's own solutions, stubs and mutants
with renamed and reformatted copies planted: the copies are found, honest work is not."""

from __future__ import annotations

import ast
import random
import re

import numpy as np
import pytest
from conftest import EXERCISES, MUTANTS, SOLUTIONS
from report_helpers import disguised

from grader.catalog import load_course
from grader.report.normalise import Tokens, normalise
from grader.report.similarity import MIN_SHARED, WINDOW, common_limit, find_similar, winnow
from grader.report.sources import boilerplate

COURSE = load_course()
EXERCISE_IDS = [e.id for e in COURSE.exercises]


def _solution(exercise_id: str) -> str:
    return (SOLUTIONS / COURSE.exercise(exercise_id).module_path).read_text(encoding="utf-8")


def _stub(exercise_id: str) -> str:
    return (EXERCISES / COURSE.exercise(exercise_id).module_path).read_text(encoding="utf-8")


def _mutants() -> list[tuple[str, str]]:
    """(exercise id, mutant code) of every mutant of the kit."""
    found = []
    for exercise in COURSE.exercises:
        for path in sorted((MUTANTS / exercise.chapter_dir / exercise.name).glob("*.py")):
            found.append((exercise.id, path.read_text(encoding="utf-8")))
    return found


def _with_mutants(chosen: list[tuple[str, str]]) -> dict[str, str]:
    """The reference solutions, with these mistakes made (as the mutant tests make them)."""
    files = {e: _solution(e) for e in EXERCISE_IDS}
    for exercise_id, code in chosen:
        files[exercise_id] += "\n\n" + code
    return files


def _tokens(files: dict[str, dict[str, str]]) -> dict[str, dict[str, Tokens]]:
    return {s: {e: normalise(text) for e, text in f.items()} for s, f in files.items()}


def build_class() -> tuple[dict[str, dict[str, str]], set[frozenset[str]]]:
    """Honest students (each with four mistakes of their own, some sharing one slip with
    another), untouched stubs, reference solutions, and planted copies; and the pairs that
    must be found."""
    pool = _mutants()
    random.Random(18).shuffle(pool)
    files: dict[str, dict[str, str]] = {}
    honest = 0
    while len(pool) >= 4:
        files[f"honest{honest:02d}"] = _with_mutants([pool.pop() for _ in range(4)])
        honest += 1
    shared_slip = _mutants()[7]
    files["same_slip_a"] = _with_mutants([shared_slip, _mutants()[40], _mutants()[80]])
    files["same_slip_b"] = _with_mutants([shared_slip, _mutants()[55], _mutants()[95]])
    for i in range(3):
        files[f"stub{i}"] = {e: _stub(e) for e in EXERCISE_IDS}
        files[f"reference{i}"] = {e: _solution(e) for e in EXERCISE_IDS}
    planted = set()
    for original in ("honest03", "honest11", "honest20"):
        files[f"copy_of_{original}"] = {e: disguised(t) for e, t in files[original].items()}
        planted.add(frozenset((original, f"copy_of_{original}")))
    files["second_copy_of_honest03"] = {e: disguised(t) for e, t in files["honest03"].items()}
    planted |= {frozenset(("honest03", "second_copy_of_honest03")),
                frozenset(("copy_of_honest03", "second_copy_of_honest03"))}
    return files, planted


def statement_lines(source: str, after: int) -> set[int]:
    """The lines after line `after` that statements (not docstrings) are written on."""
    return {n for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.stmt) and node.lineno > after
            and not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
            for n in range(node.lineno, node.end_lineno + 1)}


@pytest.fixture(scope="module")
def planted_class():
    files, planted = build_class()
    found = find_similar(_tokens(files), boilerplate(COURSE, EXERCISE_IDS))
    return files, planted, found


def test_a_renamed_and_reformatted_module_reads_the_same():
    for exercise_id in EXERCISE_IDS:
        source = _solution(exercise_id)
        assert disguised(source) != source
        assert normalise(disguised(source)).words == normalise(source).words, exercise_id


def test_different_code_reads_differently():
    exercise_id, mistake = _mutants()[0]
    assert normalise(_solution(exercise_id) + "\n" + mistake).words != \
        normalise(_solution(exercise_id)).words


def test_a_file_python_cannot_read_is_still_compared_token_by_token():
    broken = "def softmax(a)\n    e = np.exp(a - a.max())  # stable\n    return e / e.sum()\n"
    renamed = "def softmax(x)\n    y = np.exp(x - x.max())\n    return y / y.sum()\n"
    assert normalise(broken).words == normalise(renamed).words
    assert len(normalise(broken).words) > 10


def test_every_planted_copy_is_found(planted_class):
    _files, planted, found = planted_class
    flagged = {frozenset(p.students) for p in found.pairs}
    assert planted <= flagged
    assert all(p.similarity > 0.9 and p.shared >= MIN_SHARED for p in found.pairs)


def test_honest_submissions_are_not_flagged(planted_class):
    files, planted, found = planted_class
    assert {frozenset(p.students) for p in found.pairs} == planted
    assert found.compared == len(files)


def test_three_alike_form_a_cluster(planted_class):
    _files, _planted, found = planted_class
    assert found.clusters == [["copy_of_honest03", "honest03", "second_copy_of_honest03"]]


def test_the_matching_lines_are_the_students_own(planted_class):
    files, _planted, found = planted_class
    pair = next(p for p in found.pairs if set(p.students) == {"honest11", "copy_of_honest11"})
    own = pair.students.index("honest11")
    changed = {e for e, text in files["honest11"].items() if text != _solution(e)}
    assert {shared.id for shared in pair.exercises} == changed
    for shared in pair.exercises:
        reference_lines = len(_solution(shared.id).splitlines())
        lines = shared.lines[own]
        assert statement_lines(files["honest11"][shared.id], reference_lines) & set(lines)
        assert min(lines) > reference_lines, shared.id  # never the reference's own lines


def test_the_stub_and_the_reference_are_nobodys_own_code():
    files = {f"s{i}": {e: (_stub(e) if i % 2 else _solution(e)) for e in EXERCISE_IDS}
             for i in range(6)}
    found = find_similar(_tokens(files), boilerplate(COURSE, EXERCISE_IDS))
    assert found.pairs == []


def test_a_passage_the_whole_class_shares_is_common_ground():
    """Code everybody wrote (the textbook's, say) is left out, so that it neither flags the
    class nor makes every pair a candidate (the work stays linear in the class's code)."""
    rng = random.Random(3)
    everybody = ("def helper(x):\n    total = 0\n    for value in x:\n        total = total + "
                 "value * value - 1\n    return total / len(x) + max(x) - min(x)\n")
    files = {}
    for i in range(60):
        mine = "\n".join(f"def f{k}(x):\n    return x * {rng.random():.6f} + {rng.random():.6f}"
                         for k in range(6))
        files[f"s{i:02d}"] = {"ch03.softmax": _solution("ch03.softmax") + "\n" + everybody + mine}
    found = find_similar(_tokens(files), boilerplate(COURSE, ["ch03.softmax"]))
    assert found.common_limit == common_limit(60) < 60
    assert found.pairs == []


def test_the_order_of_the_class_does_not_matter(planted_class):
    files, _planted, found = planted_class
    names = list(files)
    random.Random(1).shuffle(names)
    again = find_similar(_tokens({n: files[n] for n in names}),
                         boilerplate(COURSE, EXERCISE_IDS))
    assert again.to_dict() == found.to_dict()


def test_the_same_code_in_two_exercises_is_not_a_match():
    code = "\n".join(f"def g{k}(x):\n    y = x ** {k + 2} - {k}\n    return y * 3 + x / {k + 1}"
                     for k in range(8))
    files = {"a": {"ch03.softmax": code}, "b": {"ch04.losses": code}}
    assert find_similar(_tokens(files), {}).pairs == []


def test_disguised_is_a_real_disguise():
    source = _solution("ch03.softmax")
    assert re.search(r"\bmy_", disguised(source)) and "# homework" in disguised(source)


def test_winnowing_keeps_the_rightmost_smallest_hash_of_every_window():
    rng = np.random.default_rng(0)
    for size in (0, 1, WINDOW, WINDOW + 1, 200):
        hashes = rng.integers(0, 12, size).astype(np.uint64)  # many ties
        windows = [hashes[i:i + WINDOW] for i in range(max(1, size - WINDOW + 1))] if size else []
        expected = sorted({i + max(j for j, h in enumerate(w) if h == w.min())
                           for i, w in enumerate(windows)})
        assert winnow(hashes).tolist() == expected, size
