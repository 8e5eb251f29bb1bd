"""`grade solution ID` and exam mode: what the course file lets a learner see."""

from __future__ import annotations

import json

import pytest
from conftest import MUTANTS, SOLUTIONS
from learner_helpers import code_only, course_file, flat, invoke, stub_workspace

from grader.instructor import release
from grader.learner import files
from grader.learner.stubs import parts, translate_solution

GATES = "ch02_perceptron/gates.py"
SOLUTION_FILES = sorted(p.relative_to(SOLUTIONS).as_posix() for p in SOLUTIONS.rglob("*.py")
                        if "__pycache__" not in p.parts)


def test_the_solution_is_refused_before_the_exercise_passes(tmp_path):
    result = invoke("solution", "ch02.gates", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 1
    assert "once your own version passes" in flat(result.stderr)
    assert "def AND" not in result.stdout


def test_the_solution_is_shown_next_to_your_code_once_it_passes(solved_workspace):
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace))
    assert result.exit_code == 0, result.output
    assert "reference solution" in result.stdout and "def XOR" in result.stdout


def test_json_gives_both_files(solved_workspace):
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace),
                    "--format", "json")
    shown = json.loads(result.stdout)
    assert shown["reference"] == (SOLUTIONS / GATES).read_text()
    assert shown["yours"] == (solved_workspace / GATES).read_text()


def test_a_course_may_show_solutions_always(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, 'solutions = "always"')
    result = invoke("solution", "ch02.gates", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 0


def test_a_course_may_never_show_solutions(solved_workspace, tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, 'solutions = "never"')
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace))
    assert result.exit_code == 1 and "does not show" in flat(result.stderr)


def test_a_released_kit_says_it_has_no_solutions(solved_workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "SOLUTIONS", tmp_path / "no-solutions")
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace))
    assert result.exit_code == 1 and "no reference solutions" in flat(result.stderr)


def test_a_wrong_course_setting_names_its_line(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, 'solutions = "sometimes"')
    result = invoke("status", "--workspace", str(stub_workspace(tmp_path)))
    assert result.exit_code == 2 and "line 2" in result.stderr


def mutant_workspace(tmp_path):
    workspace = stub_workspace(tmp_path)
    mutant = (MUTANTS / "ch02_perceptron" / "gates" / "or_bias_too_large.py").read_text()
    (workspace / GATES).write_text((SOLUTIONS / GATES).read_text() + "\n\n" + mutant)
    return workspace


def test_failures_show_expected_values_outside_exam_mode(tmp_path):
    result = invoke("ch02.gates", "--workspace", str(mutant_workspace(tmp_path)), "-f", "json")
    assert "Expected" in result.stdout


def test_exam_mode_gives_reasons_without_expected_values(tmp_path, monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true")
    result = invoke("ch02.gates", "--workspace", str(mutant_workspace(tmp_path)), "-f", "json")
    assert result.exit_code == 1 and "returned" in result.stdout
    assert "Expected" not in result.stdout


def test_exam_mode_shows_no_solutions_unless_the_course_says_so(solved_workspace, tmp_path,
                                                                 monkeypatch):
    course_file(tmp_path, monkeypatch, "exam = true")
    assert invoke("solution", "ch02.gates", "--workspace", str(solved_workspace)).exit_code == 1


# The solution in the learner's language


def solution(name: str, lang: str) -> str:
    return translate_solution((SOLUTIONS / name).read_text(encoding="utf-8"), lang)


@pytest.mark.parametrize("lang", ["fr", "ja"])
@pytest.mark.parametrize("name", SOLUTION_FILES)
def test_a_translated_solution_has_the_same_code(name, lang):
    assert code_only(solution(name, lang)) == code_only(solution(name, "en"))


@pytest.mark.parametrize("lang", ["fr", "ja"])
@pytest.mark.parametrize("name", [n for n in SOLUTION_FILES
                                  if parts((SOLUTIONS / n).read_text(encoding="utf-8"))])
def test_every_docstring_and_comment_of_a_solution_is_translated(name, lang):
    english = {part.message for part in parts(solution(name, "en"))}
    translated = [part.message for part in parts(solution(name, lang))]
    assert len(translated) == len(english) and not english & set(translated)


def test_a_japanese_workspace_sees_the_solution_explained_in_japanese(solved_workspace):
    (solved_workspace / ".nnkata").mkdir()
    (solved_workspace / ".nnkata" / "state.json").write_text(json.dumps({"lang": "ja"}))
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace), "-f", "json")
    shown = json.loads(result.stdout)
    assert shown["reference"] == solution(GATES, "ja") != solution(GATES, "en")
    assert "NAND と OR を並べ" in shown["reference"]


def test_lang_chooses_the_language_of_the_solution_too(solved_workspace):
    result = invoke("solution", "ch02.gates", "--workspace", str(solved_workspace),
                    "--lang", "fr")
    assert result.exit_code == 0 and "côte à côte" in flat(result.stdout)


def test_a_released_kit_does_not_carry_the_solutions_comments_in_its_catalogs(tmp_path):
    assert release._IGNORED(str(tmp_path), ["solutions.po", "solutions.mo", "stubs.po"]) == {
        "solutions.po", "solutions.mo"}
