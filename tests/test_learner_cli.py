"""Shell completion of exercise ids, and `--help` in the learner's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import KIT
from learner_helpers import flat, invoke, stub_workspace


def complete(words: str) -> list[str]:
    """What bash completion offers for the last of `words`."""
    env = os.environ | {"_GRADE_COMPLETE": "complete_bash", "COMP_WORDS": words,
                        "COMP_CWORD": str(len(words.split()) - 1)}
    done = subprocess.run([sys.executable, "-c", "from grader.cli import main; main()"],
                          env=env, capture_output=True, text=True, cwd=KIT)
    return done.stdout.split()


def test_exercise_ids_complete_after_a_command():
    assert complete("grade solution ch03.s") == ["ch03.softmax"]


def test_chapters_and_exercises_complete_for_grading():
    offered = complete("grade ch02")
    assert "ch02" in offered and "ch02.gates" in offered


def test_help_speaks_the_language_asked_for():
    result = invoke("--lang", "fr", "watch", "--help")
    assert "Touches" in flat(result.stdout) and "Options" in result.stdout


def test_help_headings_are_translated_too():
    result = invoke("--lang", "ja", "status", "--help")
    assert "オプション" in result.stdout and "[既定値: text]" in flat(result.stdout)


def test_help_speaks_the_language_the_workspace_remembers(tmp_path):
    workspace = stub_workspace(tmp_path)
    (workspace / ".nnkata").mkdir()
    (workspace / ".nnkata" / "state.json").write_text(json.dumps({"lang": "ja"}))
    result = invoke("status", "--help", "--workspace", str(workspace))
    assert "章ごとの進み具合" in flat(result.stdout)
