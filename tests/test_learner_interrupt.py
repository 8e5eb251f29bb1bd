"""An interruption is not a verdict: Ctrl-C during `grade` says "interrupted" in the learner's
language, exits with status 130, records nothing of the interrupted run (what was saved before
stays as it was) and leaves no worker running."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import KIT, SOLUTIONS, copy_workspace

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="processes are looked for in /proc")

EARLIER = {"hints": {"ch02.gates": {"perceptron": 2}},
           "last": {"ch02.gates": {"passed": True, "score": 15.0,
                                   "when": "2026-01-01T00:00:00+00:00", "attempts": 3}}}


def _descendants(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                found += [int(entry.name), *_descendants(int(entry.name))]
    return found


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.fixture(scope="module")
def interrupted_run(tmp_path_factory):
    """`grade` on several chapters, interrupted (SIGINT, as Ctrl-C sends) while it grades;
    the finished process, its workers, and the workspace. The worker starts before the
    command's own imports, so the signal waits a second after it, and an endless softmax keeps
    the grading going for longer than that."""
    workspace = copy_workspace(SOLUTIONS, tmp_path_factory.mktemp("interrupted") / "ws")
    softmax = workspace / "ch03_neural_network" / "softmax.py"
    softmax.write_text(softmax.read_text(encoding="utf-8")
                       + "\n\ndef softmax(a):\n    while True:\n        pass\n", encoding="utf-8")
    (workspace / ".nnkata").mkdir()
    state = workspace / ".nnkata" / "state.json"
    state.write_text(json.dumps(EARLIER), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "grader", "ch02", "ch03", "ch04", "--workspace", str(workspace),
         "--lang", "fr"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=KIT)
    deadline = time.monotonic() + 60
    workers = []
    while time.monotonic() < deadline and not workers and process.poll() is None:
        workers = _descendants(process.pid)
        time.sleep(0.05)
    assert workers, "grade never started a worker"
    time.sleep(1.0)
    workers = _descendants(process.pid)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    yield process.returncode, out, err, workers, state


def test_ctrl_c_says_interrupted_in_the_learners_language_and_exits_130(interrupted_run):
    code, _out, err, _workers, _state = interrupted_run
    assert code == 130
    assert "Interrompu" in err and "Traceback" not in err


def test_ctrl_c_records_nothing_and_keeps_what_was_saved_before(interrupted_run):
    _code, _out, _err, _workers, state = interrupted_run
    assert json.loads(state.read_text(encoding="utf-8")) == EARLIER


def test_ctrl_c_leaves_no_worker_running(interrupted_run):
    _code, _out, _err, workers, _state = interrupted_run
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]
