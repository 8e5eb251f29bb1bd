"""Hints follow the mistake and end with the answer: the first rung of the hint a mutant gets
names its mistake in every language; every ladder ends with the code of the answer; every hint
key a check can choose exists; a call the learner's signature refuses has a hint of its own."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from conftest import SOLUTIONS
from mutant_helpers import exercise_id, first_hint_words, header, mutants

from grader.catalog import checks_file, load_course
from grader.checks.api import INTERFACE_HINT
from grader.i18n import LANGUAGES, set_language
from grader.texts import exercise_text, hint_levels

EXERCISES = [e.id for e in load_course().exercises]
# ladders whose answer is not code of the solution: what to do on the learner's own machine
NOT_CODE = {("ch05.train_mnist", "get_mnist"), ("ch06.overfitting", "get_mnist"),
            ("ch07.train_convnet", "get_mnist")}


@pytest.mark.parametrize("mutant", mutants(), ids=lambda m: f"{m.parent.name}/{m.stem}")
def test_the_first_hint_a_mutant_gets_names_its_mistake_in_every_language(mutant: Path):
    words = first_hint_words(mutant)
    assert set(words) == set(LANGUAGES), f"{mutant} lacks a '# first hint says:' line"
    for lang in LANGUAGES:
        set_language(lang)
        first = hint_levels(exercise_id(mutant), header(mutant, "hint")[0])[0]
        assert words[lang].casefold() in first.casefold(), (lang, first)


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_every_ladder_narrows_over_three_rungs_or_more(exercise_id: str):
    short = [key for key, levels in exercise_text(exercise_id).hints.items() if len(levels) < 3]
    assert not short


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_every_exercise_has_a_hint_for_a_call_its_signature_refuses(exercise_id: str):
    assert INTERFACE_HINT in exercise_text(exercise_id).hints


def _statements(code: str) -> set[str]:
    """Every simple statement of `code`, and the header of every def and class, normalised."""
    found = set()
    for node in ast.walk(ast.parse(textwrap.dedent(code))):
        if isinstance(node, ast.FunctionDef):
            found.add(f"def {node.name}({ast.unparse(node.args)})")
        elif isinstance(node, ast.ClassDef):
            found.add(f"class {node.name}")
        elif isinstance(node, ast.stmt) and not hasattr(node, "body") and not (
                isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            found.add(ast.unparse(node))
    return found


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_last_rung_of_every_ladder_is_the_code_of_the_answer(exercise_id: str):
    """Python that parses, and mostly the reference's own statements: a learner who asks for
    every hint is never left without the answer (the stubs no longer hold it)."""
    exercise = load_course().exercise(exercise_id)
    reference = _statements((SOLUTIONS / exercise.module_path).read_text(encoding="utf-8"))
    for key, levels in exercise_text(exercise_id).hints.items():
        if (exercise_id, key) in NOT_CODE:
            continue
        try:
            code = _statements(levels[-1])
        except SyntaxError as exc:
            pytest.fail(f"{exercise_id}: the last rung of {key!r} is not Python ({exc})")
        shared = code & reference
        assert code and 2 * len(shared) >= len(code), (key, sorted(code - reference))


def _chosen_keys(node: ast.AST) -> set[str]:
    """The string constants an expression can evaluate to (`"a" if c else "b"`, `f() or "a"`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _chosen_keys(node.body) | _chosen_keys(node.orelse)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_chosen_keys(v) for v in node.values))
    if isinstance(node, ast.Tuple):  # a helper returning (message parts, hint)
        return _chosen_keys(node.elts[-1])
    return set()


def _hint_keys_in(path: Path) -> set[str]:
    """The hint keys a check module names: in `hint=...`, and in what its helpers that choose
    a hint (`*_mistake`, `*_hint`, `_why_*`) return."""
    keys = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("hint", "shape_hint", "nan_hint",
                                                          "reshaped_hint"):
            keys |= _chosen_keys(node.value)
        if isinstance(node, ast.FunctionDef) and (
                node.name.endswith(("_mistake", "_hint")) or node.name.startswith("_why")):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    keys |= _chosen_keys(inner.value)
    return keys


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_every_hint_a_check_can_choose_exists(exercise_id: str):
    exercise = load_course().exercise(exercise_id)
    named = _hint_keys_in(checks_file(exercise)) | {c.hint for c in exercise.checks}
    assert not named - set(exercise_text(exercise_id).hints)
