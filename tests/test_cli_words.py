"""The whole command line speaks the learner's language: Typer's and Click's own words (usage,
headings, type names, parse errors) as much as the kit's, on every error path and in every
command's `--help`, and the workspace's language is heard before anything can go wrong."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import KIT, SOLUTIONS
from learner_helpers import flat, invoke, stub_workspace

from grader.cli import build_app, prepare_language
from grader.cli_words import CLICK_MESSAGES, translate_click_message
from grader.i18n import set_language

LANGS = ("en", "fr", "ja")
KANA = re.compile(r"[\u3040-\u30ff]")
# Typer's and Click's English words that must not show through a French or Japanese screen.
CLICK_ENGLISH = ("Usage:", "Try '", "for help", "No such", "Missing ", "Invalid value",
                 "Got unexpected", "is not a valid", "is a file", "Show this message",
                 "[default:", "Possible options", "[OPTIONS]", "[required]", "<str>", "<int>",
                 "<text>", "<integer>", "<path>", "<directory>", "<folder>", "Error")
COMMANDS = [info.name for info in build_app().registered_commands]


@pytest.fixture(autouse=True)
def columns(monkeypatch):
    """An 80-column terminal, as many learners have."""
    monkeypatch.setenv("COLUMNS", "80")


SAME_IN_FRENCH = {"[OPTIONS]"}


def english_shows_through(text: str, lang: str) -> list[str]:
    return [word for word in CLICK_ENGLISH
            if word in text and not (lang == "fr" and word in SAME_IN_FRENCH)]


# Every command's help


@pytest.mark.parametrize("lang", ["fr", "ja"])
@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_is_in_the_learners_language(command, lang):
    result = invoke("--lang", lang, *([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    assert english_shows_through(result.stdout, lang) == []
    assert ("使い方" if lang == "ja" else "Utilisation") in result.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_no_help_is_cut_short_at_80_columns(command, lang):
    result = invoke("--lang", lang, *([command] if command else []), "--help")
    assert "…" not in result.stdout


def test_lang_before_help_is_the_groups_help_in_that_language():
    result = invoke("--lang", "ja", "--help")
    assert result.exit_code == 0 and "コマンド" in result.stdout and "solution" in result.stdout


def test_every_option_of_every_command_is_understood_before_help():
    result = invoke("--workspace", str(SOLUTIONS), "--lang", "fr", "--format", "json", "--help")
    assert result.exit_code == 0 and "Commandes" in result.stdout


def test_type_names_in_help_are_translated():
    result = invoke("--lang", "ja", "run", "--help")
    assert "<整数>" in result.stdout and "<フォルダー>" in result.stdout


def test_english_help_keeps_typers_words_and_names_types_plainly():
    result = invoke("--lang", "en", "run", "--help")
    assert "Usage: grade run [OPTIONS]" in result.stdout
    assert "Show this message and exit." in result.stdout and "<integer>" in result.stdout


# Every error path of the command line, in three languages


def kit_with_a_file(tmp_path: Path) -> list[str]:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    return ["list", "--workspace", str(tmp_path / "notes.txt")]


def damaged_state(tmp_path: Path) -> list[str]:
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text("{not json", encoding="utf-8")
    return ["status", "--workspace", str(workspace)]


def full_folder(tmp_path: Path) -> list[str]:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    return ["init", str(tmp_path / "mine")]


def changed_stub(tmp_path: Path) -> list[str]:
    workspace = stub_workspace(tmp_path)
    (workspace / "ch02_perceptron" / "gates.py").write_text("# mine\n", encoding="utf-8")
    return ["reset", "ch02.gates", "--workspace", str(workspace)]


def unsolved(command: str):
    return lambda tmp_path: [command, "ch02.gates", "--workspace", str(stub_workspace(tmp_path))]


ERRORS = {  # what the learner types -> the exit status it must end with
    "unknown option": (lambda _: ["--bogus"], 2),
    "unknown option of a command": (lambda _: ["list", "--verbose"], 2),
    "not an integer": (lambda _: ["--seed", "abc"], 2),
    "option without its value": (lambda _: ["ch02", "--seed"], 2),
    "missing argument": (lambda _: ["init"], 2),
    "missing exercise id": (lambda _: ["show"], 2),
    "extra argument": (lambda _: ["list", "extra"], 2),
    "a file for a folder": (kit_with_a_file, 2),
    "unknown exercise": (lambda _: ["show", "ch99.nothing", "-w", str(SOLUTIONS)], 2),
    "unknown language": (lambda tmp_path, lang: ["list", "--lang", "de", "-w",
                                                 str(workspace_in(tmp_path, lang))], 2),
    "unknown format": (lambda _: ["list", "--format", "xml", "-w", str(SOLUTIONS)], 2),
    "missing workspace": (lambda tmp_path: ["list", "-w", str(tmp_path / "nowhere")], 2),
    "damaged state file": (damaged_state, 2),
    "folder not empty": (full_folder, 2),
    "solution not yet": (unsolved("solution"), 1),
    "reset not confirmed": (changed_stub, 1),
    "no picture to draw": (lambda _: ["plot", "ch02.gates", "-w", str(SOLUTIONS)], 2),
    "hint of an unknown exercise": (lambda _: ["hint", "ch99.nothing", "-w", str(SOLUTIONS)], 2),
    "release without a folder": (lambda _: ["release"], 2),
    "batch without submissions": (lambda _: ["batch"], 2),
}


def run_error(case: str, lang: str, tmp_path: Path):
    make_args, _status = ERRORS[case]
    folder = tmp_path / lang
    folder.mkdir()
    args = make_args(folder, lang) if case == "unknown language" else make_args(folder)
    return invoke(*args, *([] if "--lang" in args else ["--lang", lang]))


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_every_error_is_one_message_in_the_learners_language(case, tmp_path):
    results = {lang: run_error(case, lang, tmp_path) for lang in LANGS}
    status = ERRORS[case][1]
    for lang, result in results.items():
        assert result.exit_code == status, (lang, result.output)
        assert "Traceback" not in result.output and result.stderr.strip()
    assert flat(results["fr"].stderr) != flat(results["en"].stderr)
    assert KANA.search(results["ja"].stderr)
    for lang in ("fr", "ja"):
        assert english_shows_through(results[lang].stderr, lang) == [], lang


def test_a_parse_error_says_which_option_and_why_in_japanese():
    result = invoke("--lang", "ja", "--seed", "abc")
    assert "'--seed' の値が正しくありません：'abc' は正しい整数ではありません。" in flat(
        result.stderr)
    assert "使い方：grade run [オプション]" in result.stderr


def test_a_parse_error_in_french_keeps_its_typography():
    result = invoke("--lang", "fr", "--seed", "abc")
    assert "Utilisation\u00a0: grade run" in result.stderr
    assert "Valeur incorrecte pour '--seed'\u00a0: 'abc' n'est pas un entier valide." in (
        result.stderr)


def test_english_parse_errors_are_clicks_own_words():
    result = invoke("--lang", "en", "--seed", "abc")
    assert "Invalid value for '--seed': 'abc' is not a valid integer." in flat(result.stderr)


@pytest.mark.parametrize("lang", ["fr", "ja"])
def test_every_click_message_is_recognised_and_translated(lang):
    set_language(lang)
    samples = {"{name}": "'--seed'", "{options}": "--verbose", "{n}": "2", "{arguments}": "x",
               "{reason}": "'abc' is not a valid int.", "{value}": "'abc'", "{type}": "int",
               "{values}": "yes, no", "{choices}": "'a', 'b'", "{range}": "x>=0",
               "{path}": "'notes.txt'", "{suggestions}": "'run'"}
    for template in CLICK_MESSAGES:
        english = template
        for field, value in samples.items():
            english = english.replace(field, value)
        translated = translate_click_message(english)
        assert translated != english and english_shows_through(translated, lang) == [], template


def test_an_unknown_message_is_left_as_click_wrote_it():
    set_language("ja")
    assert translate_click_message("Something new in Click.") == "Something new in Click."


# The workspace's language, heard first


def workspace_in(tmp_path: Path, lang: str) -> Path:
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "language").write_text(lang + "\n", encoding="utf-8")
    return workspace


def test_a_damaged_state_file_is_reported_in_the_workspaces_language(tmp_path):
    workspace = workspace_in(tmp_path, "ja")
    (workspace / ".nnkata" / "state.json").write_text("{not json", encoding="utf-8")
    result = invoke("status", "--workspace", str(workspace))
    assert result.exit_code == 2 and "壊れて" in result.stderr


def test_a_broken_course_file_is_reported_in_the_workspaces_language(tmp_path, monkeypatch):
    workspace = workspace_in(tmp_path, "fr")
    course = tmp_path / "nnkata-course.toml"
    course.write_text("[[assign]\nid = ", encoding="utf-8")
    monkeypatch.setenv("NNKATA_COURSE", str(course))
    result = invoke("list", "--workspace", str(workspace))
    assert result.exit_code == 2 and "Erreur" in result.stderr


def test_the_language_survives_deleting_a_damaged_state_file(tmp_path):
    workspace = workspace_in(tmp_path, "fr")
    (workspace / ".nnkata" / "state.json").write_text("{not json", encoding="utf-8")
    invoke("status", "--workspace", str(workspace))
    (workspace / ".nnkata" / "state.json").unlink()
    result = invoke("show", "ch02.gates", "--workspace", str(workspace))
    assert result.exit_code == 0 and "Portes logiques" in result.stdout


def test_a_workspace_made_before_the_language_file_keeps_its_language(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text(json.dumps({"lang": "ja"}))
    result = invoke("status", "--help", "--workspace", str(workspace))
    assert "章ごとの進み具合" in flat(result.stdout)


def test_lang_still_wins_over_the_workspaces_language(tmp_path):
    workspace = workspace_in(tmp_path, "ja")
    result = invoke("show", "ch02.gates", "--workspace", str(workspace), "--lang", "en")
    assert "Logic gates" in result.stdout


def test_prepare_language_is_what_main_does_first():
    prepare_language(["--lang", "fr"])
    assert translate_click_message("Missing command.") == "Il manque la commande."


def test_japanese_survives_a_cp932_console():
    """A Japanese Windows console (or a pipe) in cp932 lacks "—" and "ᵀ": they become "?"."""
    env = os.environ | {"PYTHONIOENCODING": "cp932", "COLUMNS": "80"}
    done = subprocess.run([sys.executable, "-m", "grader", "solution", "ch05.layers", "--lang",
                           "ja", "--workspace", str(SOLUTIONS)], capture_output=True, env=env,
                          cwd=KIT)
    shown = done.stdout.decode("cp932")
    assert done.returncode == 0, done.stderr.decode("cp932", errors="replace")
    assert "模範解答" in shown and "Traceback" not in done.stderr.decode("cp932")
