"""`grade watch` driven as a learner drives it: in a real terminal (tmux), saving files and
pressing keys. Without tmux these tests are skipped (CI installs it)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import uuid

import pytest
from conftest import KIT, SOLUTIONS
from learner_helpers import flat, stub_workspace

GATES = "ch02_perceptron/gates.py"
needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A detached tmux session on a private server, running one shell command."""

    def __init__(self, command: str) -> None:
        self.socket = f"nnkata-{uuid.uuid4().hex[:8]}"
        self._tmux("new-session", "-d", "-s", "t", "-x", "110", "-y", "60", command)

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, check=False).stdout

    def screen(self) -> str:
        return flat(self._tmux("capture-pane", "-p", "-J", "-t", "t"))

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def press(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "t", *keys)

    def close(self) -> None:
        self._tmux("kill-server")


@pytest.fixture
def watch(tmp_path):
    """Start `grade watch` on a fresh stub workspace; after it ends, the terminal settings."""
    workspace = stub_workspace(tmp_path)
    grade = f"{sys.executable} -m grader watch --lang en --workspace {workspace}"
    after = "echo EXITED $?; stty -a; echo SETTINGS-SHOWN; sleep 60"
    terminal = Terminal(f"cd {KIT} && {grade}; {after}")
    yield terminal, workspace
    terminal.close()


pytestmark = needs_tmux


def test_watch_starts_on_the_first_unsolved_exercise_and_shows_why_it_fails(watch):
    terminal, _workspace = watch
    screen = terminal.wait_for("Keys:")
    assert "ch02.gates" in screen and "not yet" in screen and "NotImplementedError" in screen


def test_saving_a_passing_file_moves_on_to_the_next_exercise(watch):
    terminal, workspace = watch
    terminal.wait_for("Keys:")
    shutil.copy(SOLUTIONS / GATES, workspace / GATES)
    terminal.wait_for("On to ch03.activations")
    terminal.wait_for("Watching")
    state = json.loads((workspace / ".nnkata" / "state.json").read_text())
    assert state["last"]["ch02.gates"]["passed"] is True


def test_a_syntax_error_is_shown_and_watching_goes_on(watch):
    terminal, workspace = watch
    terminal.wait_for("Keys:")
    (workspace / GATES).write_text("def AND(x1, x2:\n")
    terminal.wait_for("Python cannot")
    shutil.copy(SOLUTIONS / GATES, workspace / GATES)
    terminal.wait_for("On to ch03.activations")


def test_h_shows_the_next_hint_without_enter_and_remembers_it(watch):
    terminal, workspace = watch
    terminal.wait_for("Keys:")
    terminal.press("h")
    terminal.wait_for("Hint 1 of")
    terminal.press("h")
    terminal.wait_for("Hint 2 of")
    hints = json.loads((workspace / ".nnkata" / "state.json").read_text())["hints"]
    assert 2 in hints["ch02.gates"].values()


def test_n_moves_to_the_next_exercise(watch):
    terminal, _workspace = watch
    terminal.wait_for("Keys:")
    terminal.press("n")
    terminal.wait_for("ch03.activations — ")


def test_l_lists_the_exercises_with_the_current_one_marked(watch):
    terminal, _workspace = watch
    terminal.wait_for("Keys:")
    terminal.press("l")
    assert "▶ ✗ ch02.gates" in terminal.wait_for("ch03.softmax")


def test_q_quits_and_gives_the_terminal_back_as_it_was(watch):
    terminal, _workspace = watch
    terminal.wait_for("Keys:")
    terminal.press("q")
    screen = terminal.wait_for("SETTINGS-SHOWN")
    assert "EXITED 0" in screen and " icanon " in f" {screen} " and " echo " in f" {screen} "


def test_ctrl_c_also_gives_the_terminal_back(watch):
    terminal, _workspace = watch
    terminal.wait_for("Keys:")
    terminal.press("C-c")
    screen = terminal.wait_for("SETTINGS-SHOWN")
    assert "EXITED 130" in screen and "Traceback" not in screen and " icanon " in f" {screen} "


def test_without_a_terminal_keys_are_read_line_by_line(tmp_path):
    workspace = stub_workspace(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "grader", "watch", "--lang", "en", "--workspace", str(workspace)],
        input="h\nq\n", capture_output=True, text=True, timeout=60, cwd=KIT)
    assert done.returncode == 0
    assert "Hint 1 of" in done.stdout
