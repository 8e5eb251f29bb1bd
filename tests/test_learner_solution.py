"""`grade solution ID` and exam mode: what the course file lets a learner see."""

from __future__ import annotations

from conftest import MUTANTS, SOLUTIONS
from learner_helpers import course_file, flat, invoke, stub_workspace

from grader.learner import files

GATES = "ch02_perceptron/gates.py"


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
    import json

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
