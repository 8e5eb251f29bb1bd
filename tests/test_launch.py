"""`grade` starts its worker before its own imports only when the command line will grade."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import KIT

from grader.launch import main, will_grade


@pytest.mark.parametrize("args", [[], ["ch03"], ["ch02.gates", "--lang", "ja"], ["run", "-v"],
                                  ["--workspace", "ws", "watch"]])
def test_a_command_line_that_grades_starts_the_worker_early(args):
    assert will_grade(args)


@pytest.mark.parametrize("args", [["list"], ["hint", "ch02.gates"], ["--help"], ["ch03", "-h"],
                                  ["batch", "subs", "--out", "gb.csv"], ["report", "gb"]])
def test_a_command_line_that_does_not_grade_starts_nothing(args):
    assert not will_grade(args)


def test_ctrl_c_before_the_command_begins_says_interrupted_without_a_traceback(monkeypatch,
                                                                               capsys):
    import grader.sandbox.host as host

    def interrupted_start():
        raise KeyboardInterrupt

    monkeypatch.setattr(host, "shared_host", interrupted_start)
    monkeypatch.setattr("sys.argv", ["grade", "ch02", "--lang", "en"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 130
    assert "Interrupted" in capsys.readouterr().err


HEAVY = ("numpy", "pytest", "matplotlib", "typer.rich_utils", "grader.runner")


def test_a_command_that_does_not_grade_loads_none_of_the_graders_weight():
    """`grade list`, `grade show`, `grade --help`'s app: pytest, NumPy, matplotlib and Typer's
    rich help load in the command that needs them, not in every command."""
    probe = ("import sys, grader.cli as c; c.build_app(); "
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=KIT, timeout=60, check=True)
    assert run.stdout.strip() == "[]"
