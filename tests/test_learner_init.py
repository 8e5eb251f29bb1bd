"""`grade init DIR`: a fresh workspace whose stubs speak the learner's language, same code."""

from __future__ import annotations

import ast
import json
import shutil

import pytest
from conftest import EXERCISES, SOLUTIONS
from learner_helpers import code_only, flat, invoke

from grader.errors import KitError
from grader.i18n.catalogs import extract
from grader.learner import init_workspace
from grader.learner.init_workspace import create_workspace
from grader.learner.stubs import parts, render, translate_stub
from grader.workspace import State, find_workspace

STUB_FILES = sorted(p.relative_to(EXERCISES).as_posix() for p in EXERCISES.rglob("*.py")
                    if "__pycache__" not in p.parts)
WITH_TEXT = [name for name in STUB_FILES if parts((EXERCISES / name).read_text("utf-8"))]
TRANSLATED = ("fr", "ja")


def stub(name: str, lang: str = "en") -> str:
    return translate_stub((EXERCISES / name).read_text(encoding="utf-8"), lang)


def init(tmp_path, *args: str):
    target = tmp_path / "mine"
    return target, invoke("init", str(target), *args)


# The stubs in three languages


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("name", STUB_FILES)
def test_a_translated_stub_has_the_same_code_as_the_english_one(name, lang):
    assert code_only(stub(name, lang)) == code_only(stub(name))


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("name", STUB_FILES)
def test_a_translated_stub_compiles(name, lang):
    compile(stub(name, lang), name, "exec")


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("name", WITH_TEXT)
def test_every_docstring_and_comment_of_a_stub_is_translated(name, lang):
    english = {part.message for part in parts(stub(name))}
    translated = [part.message for part in parts(stub(name, lang))]
    assert len(translated) == len(english) and not english & set(translated)


@pytest.mark.parametrize("name", STUB_FILES)
def test_english_stubs_are_the_kits_own_files_unchanged(name):
    assert stub(name) == (EXERCISES / name).read_text(encoding="utf-8")


def test_every_docstring_and_comment_block_of_the_stubs_is_in_the_stubs_catalog():
    messages = {m.id for m in extract("stubs") if m.id}
    found = {p.message for name in STUB_FILES for p in parts(stub(name))}
    assert found == messages


# Extraction and rendering


SOURCE = '''"""Module."""


def f(x):
    """Twice x.

    x: a number.
    """
    # TODO: multiply by two:
    #       return 2 * x
    y = "not a docstring"  # inline
    raise NotImplementedError
'''


def test_consecutive_comment_lines_are_one_message_keeping_their_inner_indentation():
    comments = [p.message for p in parts(SOURCE) if p.kind == "comment"]
    assert comments == ["TODO: multiply by two:\n      return 2 * x", "inline"]


def test_docstrings_are_messages_cleaned_of_their_indentation():
    docstrings = [p.message for p in parts(SOURCE) if p.kind == "docstring"]
    assert docstrings == ["Module.", "Twice x.\n\nx: a number."]


def test_blank_comments_and_docstrings_are_left_as_they_are():
    source = 'def f():\n    """ """\n    #\n    pass\n'
    assert parts(source) == [] and render(source, lambda m: "x") == source


def test_strings_that_are_not_docstrings_are_never_messages():
    assert all("not a docstring" not in p.message for p in parts(SOURCE))


def test_a_longer_comment_translation_is_laid_out_at_the_comment_column():
    out = render(SOURCE, lambda m: "TODO: a\n      b\n\n      c" if m.startswith("TODO") else m)
    assert "    # TODO: a\n    #       b\n    #\n    #       c\n    y = " in out


def test_a_docstring_translation_is_reindented_and_keeps_its_closing_quotes_alone():
    out = render(SOURCE, lambda m: "Deux fois x.\n\nx : un nombre." if m.startswith("Tw") else m)
    assert '    """Deux fois x.\n\n    x : un nombre.\n    """\n' in out


def test_quotes_in_a_translated_docstring_cannot_end_it_early():
    out = render(SOURCE, lambda m: 'Say """hi" ' if m == "Module." else m)
    assert ast.get_docstring(ast.parse(out)) == 'Say """hi" '


# grade init


def test_init_writes_every_stub_and_package_file_of_the_kit(tmp_path):
    target, result = init(tmp_path, "--lang", "fr")
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*.py"))
    assert written == STUB_FILES


def test_init_writes_the_stubs_in_the_chosen_language(tmp_path):
    target, _result = init(tmp_path, "--lang", "ja")
    assert (target / "ch02_perceptron" / "gates.py").read_text("utf-8") == stub(
        "ch02_perceptron/gates.py", "ja")


def test_the_workspace_remembers_its_language(tmp_path):
    target, _result = init(tmp_path, "--lang", "ja")
    assert State(target).language == "ja"


def test_later_commands_in_the_workspace_speak_its_language_without_lang(tmp_path):
    target, _result = init(tmp_path, "--lang", "fr")
    result = invoke("show", "ch02.gates", "--workspace", str(target))
    assert result.exit_code == 0 and "Portes logiques" in result.stdout


def test_the_workspace_is_found_from_any_folder_inside_it(tmp_path):
    target, _result = init(tmp_path, "--lang", "en")
    assert find_workspace(start=target / "ch03_neural_network") == target.resolve()


def test_without_lang_the_language_comes_from_the_environment(tmp_path, monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv("NNKATA_COURSE", str(tmp_path / "no-course.toml"))
    target, result = init(tmp_path)
    assert result.exit_code == 0, result.output
    assert State(target).language == "fr"
    assert (target / "ch02_perceptron" / "gates.py").read_text("utf-8") == stub(
        "ch02_perceptron/gates.py", "fr")


def test_init_fills_an_empty_folder(tmp_path):
    (tmp_path / "mine").mkdir()
    target, result = init(tmp_path, "--lang", "en")
    assert result.exit_code == 0 and (target / "ch02_perceptron" / "gates.py").is_file()


def test_init_refuses_a_folder_that_is_not_empty_with_exit_status_2(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    target, result = init(tmp_path, "--lang", "en")
    assert result.exit_code == 2 and "not empty" in flat(result.stderr)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_the_refusal_is_in_the_learners_language(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    _target, result = init(tmp_path, "--lang", "fr")
    assert result.exit_code == 2 and "n'est pas vide" in flat(result.stderr)


def test_a_failed_init_leaves_no_folder_and_no_half_written_files(tmp_path, monkeypatch):
    def broken(source, lang):
        raise OSError("disk full")

    monkeypatch.setattr(init_workspace, "translate_stub", broken)
    with pytest.raises(OSError):
        create_workspace(tmp_path / "mine", "ja")
    assert list(tmp_path.iterdir()) == []


def test_no_workspace_is_created_inside_the_kits_stubs(tmp_path):
    stubs = shutil.copytree(EXERCISES, tmp_path / "exercises")
    with pytest.raises(KitError, match="inside the kit"):
        create_workspace(stubs / "ch02_perceptron" / "mine", "fr", stubs=stubs)


def test_json_output_names_the_workspace_its_language_and_files(tmp_path):
    target, result = init(tmp_path, "--lang", "ja", "--format", "json")
    report = json.loads(result.stdout)
    assert report["workspace"] == str(target.resolve()) and report["lang"] == "ja"
    assert set(report["files"]) >= set(STUB_FILES)


# The new workspace grades like any other


def test_an_initialised_japanese_workspace_grades_to_zero_without_crashing(tmp_path):
    target, _result = init(tmp_path, "--lang", "ja")
    result = invoke("--workspace", str(target), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["score"] == 0 and report["max_score"] > 0
    assert "NotImplementedError" in report["exercises"][0]["checks"][0]["message"]


def test_the_solutions_copied_into_an_initialised_workspace_get_full_marks(tmp_path):
    target, _result = init(tmp_path, "--lang", "ja")
    shutil.copy2(SOLUTIONS / "ch02_perceptron" / "gates.py", target / "ch02_perceptron")
    result = invoke("ch02", "--workspace", str(target), "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["score"] == report["max_score"] > 0
