"""Broken and hostile submissions end as a clean failure of their own exercise, nothing more, in
every mode the kit runs learner code in (bubblewrap, audit hooks, the portable path).

Each file in `tests/hostile/<chapter dir>/<module>/` replaces that module in an otherwise correct
workspace. Grading must return normally, fail that exercise with a message, leave the next
exercise's verdict intact, leave no process behind and change no file outside the worker's
scratch. A case whose attack, if it worked, would earn a pass delegates to `_gated` (planted beside
it, see `hostile/support/gated.py`), which answers right only when the attack worked: that the
exercise still fails proves the attack did not. A case that says `# modes: bubblewrap` is a
guarantee of the OS sandbox only (the README lists what audit hooks cannot stop).
"""

from __future__ import annotations

import dataclasses
import json
import os
import py_compile
import shutil
import site
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import KIT, SOLUTIONS, copy_workspace

from grader.catalog import load_course
from grader.runner import grade

HOSTILE = Path(__file__).with_name("hostile")
CASES = sorted(p for p in HOSTILE.rglob("*.py") if "support" not in p.parts)
PLANTED = "nnkata-planted"
SECRET_TOKEN = "NNKATA_SECRET_TOKEN"


def _fast(exercise):
    """The same exercise with short limits, so hangs cost seconds, not minutes."""
    return dataclasses.replace(exercise, time_limit=6, call_time_limit=1.5)


def _plant(workspace: Path, case: Path) -> str:
    """Put `case` in place of its module, with the gates it may delegate to beside it."""
    chapter_dir, module = case.parent.parent.name, case.parent.name
    folder = workspace / chapter_dir
    (folder / f"{module}.py").write_text(case.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(SOLUTIONS / "ch02_perceptron" / "gates.py", folder / "_honest.py")
    shutil.copy(HOSTILE / "support" / "gated.py", folder / "_gated.py")
    chapter = next(c for c in load_course().chapters if c.dir == chapter_dir)
    return f"{chapter.id}.{module}"


def _planted_files() -> set[Path]:
    """Files an attack may have planted outside the sandbox, where the grader's user can write."""
    places = [KIT, KIT / "grader", Path.home(), Path(tempfile.gettempdir()),
              *map(Path, site.getsitepackages())]
    return {p for place in places if place.is_dir()
            for pattern in (f"{PLANTED}*", f"*/{PLANTED}*", f"*/*/{PLANTED}*")
            for p in place.glob(pattern)}


@pytest.fixture
def bait(tmp_path: Path, monkeypatch):
    """What the attacks look for: a secret file and a Unix socket service in the system's
    temporary folder, a token in the grader's environment."""
    secret = Path(tempfile.gettempdir()) / "nnkata-secret.txt"
    secret.write_text("the answers\n")
    service = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path = Path(tempfile.gettempdir()) / "nnkata-service.sock"
    path.unlink(missing_ok=True)
    service.bind(str(path))
    service.listen()
    datagrams = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    datagrams.bind(("127.0.0.1", 47913))
    datagrams.setblocking(False)
    monkeypatch.setenv(SECRET_TOKEN, "1")
    before = _planted_files()
    yield
    try:
        received = datagrams.recv(64)
    except BlockingIOError:
        received = b""
    datagrams.close()
    assert received == b"", "a datagram from the worker reached the grader's machine"
    service.close()
    path.unlink(missing_ok=True)
    secret.unlink(missing_ok=True)
    planted = _planted_files() - before
    for p in planted:
        p.unlink()
        if p.parent.name.endswith("-evil"):
            shutil.rmtree(p.parent, ignore_errors=True)
    assert not planted, f"the worker wrote outside its sandbox: {planted}"


def _mode(host) -> str:
    return "portable" if host.platform_name == "portable" else host.isolation


def _modes(case: Path) -> list[str]:
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("# modes:"):
            return [m.strip() for m in line.removeprefix("# modes:").split(",")]
    return ["bubblewrap", "audit hooks", "portable"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_hostile_submission_fails_only_its_exercise(case: Path, host, bait, tmp_path: Path):
    if _mode(host) not in _modes(case):
        pytest.skip(f"a guarantee of {', '.join(_modes(case))} only (see the README)")
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    target = _plant(workspace, case)
    course = load_course()
    bystander = next(e for e in course.exercises if e.chapter != target.split(".")[0])
    checks_before = {p: p.read_bytes() for p in (KIT / "grader" / "checks").rglob("*.py")}

    started = time.monotonic()
    result = grade(course, [_fast(course.exercise(target)), bystander], workspace, seed=7,
                   host=host)

    assert time.monotonic() - started < 90
    by_id = {e.id: e for e in result.exercises}
    assert not by_id[target].passed
    assert by_id[target].first_failure().message
    assert by_id[bystander.id].passed, by_id[bystander.id].first_failure()
    after = {p: p.read_bytes() for p in (KIT / "grader" / "checks").rglob("*.py")}
    assert after == checks_before, "the grader's checks were modified"
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # valid text throughout


def test_no_process_outlives_the_grading(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    for case in ("spawns_children.py", "leaves_a_thread_and_a_child.py"):
        target = _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / case)
        course = load_course()
        grade(course, [_fast(course.exercise(target))], workspace, seed=7, host=host)
    host.close()
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-f", "987.654321"], capture_output=True, text=True)
    assert left.stdout.strip() == ""


def test_state_left_by_one_exercise_is_gone_for_the_next(host, tmp_path: Path):
    """A module may leave files and variables behind; the next exercise's worker starts clean."""
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    gates = workspace / "ch02_perceptron" / "gates.py"
    gates.write_text(gates.read_text(encoding="utf-8") + """
import os, sys, numpy
for place in (os.getcwd(), os.environ.get("TMPDIR", ""), "/tmp", "/dev/shm"):
    try:
        open(os.path.join(place, "nnkata-left-behind"), "w").write("1")
    except OSError:
        pass
numpy.nnkata_left_behind = True
sys.modules["nnkata_left_behind"] = sys
""", encoding="utf-8")
    activations = workspace / "ch03_neural_network" / "activations.py"
    activations.write_text(activations.read_text(encoding="utf-8") + """
import glob, os, sys, numpy
_left = (glob.glob(os.path.join(os.getcwd(), "..", "*", "nnkata-left-behind"))
         + glob.glob("/tmp/*nnkata-left-behind") + glob.glob("/tmp/*/nnkata-left-behind")
         + glob.glob("/dev/shm/nnkata-left-behind")
         + glob.glob(os.path.join(os.environ.get("TMPDIR", "/nowhere"), "nnkata-left-behind")))
if _left or hasattr(numpy, "nnkata_left_behind") or "nnkata_left_behind" in sys.modules:
    def relu(x):
        raise RuntimeError("state from the earlier exercise: %r" % _left)
""", encoding="utf-8")
    course = load_course()
    result = grade(course, course.select(["ch02.gates", "ch03.activations"]), workspace, seed=7,
                   host=host)
    assert all(e.passed for e in result.exercises), [e.first_failure() for e in
                                                     result.exercises]


def test_bytecode_and_a_package_folder_never_run_instead_of_the_source(host, tmp_path: Path):
    """What is checked is what runs: a stub `gates.py` stays a stub, whatever lies beside it."""
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    folder = workspace / "ch02_perceptron"
    cache = folder / "__pycache__"
    cache.mkdir(exist_ok=True)
    tag = sys.implementation.cache_tag
    py_compile.compile(str(SOLUTIONS / "ch02_perceptron" / "gates.py"),
                       cfile=str(cache / f"gates.{tag}.pyc"))
    (folder / "gates").mkdir()
    shutil.copy(SOLUTIONS / "ch02_perceptron" / "gates.py", folder / "gates" / "__init__.py")
    shutil.copy(KIT / "exercises" / "ch02_perceptron" / "gates.py", folder / "gates.py")
    course = load_course()
    result = grade(course, [course.exercise("ch02.gates")], workspace, seed=7, host=host)
    assert result.exercises[0].score == 0


def test_a_module_linked_from_outside_the_workspace_is_refused(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    outside = tmp_path / "elsewhere.py"
    shutil.copy(SOLUTIONS / "ch02_perceptron" / "gates.py", outside)
    (workspace / "ch02_perceptron" / "gates.py").unlink()
    (workspace / "ch02_perceptron" / "gates.py").symlink_to(outside)
    course = load_course()
    result = grade(course, [course.exercise("ch02.gates")], workspace, seed=7, host=host)
    assert result.exercises[0].score == 0
    assert "outside your workspace" in result.exercises[0].first_failure().message


def test_reference_code_never_reaches_the_learners_process(host, tmp_path: Path):
    """ch05.layers uses ch03.softmax; with the learner's softmax broken, the grader serves its
    reference, and learner code that digs for that code finds nothing it can show."""
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    (workspace / "ch03_neural_network" / "softmax.py").write_text(
        "def softmax(a):\n    return a\n", encoding="utf-8")
    layers = workspace / "ch05_backprop" / "layers.py"
    layers.write_text(layers.read_text(encoding="utf-8") + '''

def _dig():
    import inspect, sys
    found = []
    for name, module in list(sys.modules.items()):
        if "softmax" in name:
            for attempt in (lambda: inspect.getsource(module),
                            lambda: repr(module.softmax.__code__.co_code),
                            lambda: repr(vars(module)),
                            lambda: open(module.__file__).read()):
                try:
                    found.append(attempt())
                except Exception as exc:
                    found.append(type(exc).__name__)
    return " | ".join(found)


class Relu:
    def forward(self, x):
        raise RuntimeError(_dig())
''', encoding="utf-8")
    course = load_course()
    result = grade(course, course.select(["ch03.softmax", "ch05.layers"]), workspace, seed=7,
                   host=host)
    layers_result = {e.id: e for e in result.exercises}["ch05.layers"]
    messages = " ".join(c.message for c in layers_result.checks)
    reference = (SOLUTIONS / "ch03_neural_network" / "softmax.py").read_text(encoding="utf-8")
    code_lines = [line.strip() for line in reference.splitlines()
                  if line.strip() and not line.strip().startswith(("#", '"', "def", "import"))]
    assert "RuntimeError" in messages
    assert not [line for line in code_lines if line in messages]
    assert any("reference version" in note for note in layers_result.notes)


def test_forged_replies_never_break_the_json_or_a_batch(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "class" / "alice")
    _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "forges_replies.py")
    run = subprocess.run(
        [sys.executable, "-m", "grader", "ch02.gates", "--workspace", str(workspace),
         "--format", "json", "--lang", "ja"],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
        stdin=subprocess.DEVNULL)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    json.loads(run.stdout)
    for _attempt in range(2):  # a rerun reads what the first run wrote
        batch = subprocess.run(
            [sys.executable, "-m", "grader", "batch", str(tmp_path / "class"), "--out",
             str(tmp_path / "gradebook.csv"), "--jobs", "1"],
            capture_output=True, text=True, encoding="utf-8", timeout=600,
            stdin=subprocess.DEVNULL, cwd=KIT)
        assert "Traceback" not in batch.stderr, batch.stderr
        assert batch.returncode in (0, 1)


def test_fake_report_on_stdout_does_not_reach_the_json(tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "fake_report.py")
    run = subprocess.run(
        [sys.executable, "-m", "grader", "ch02.gates", "--workspace", str(workspace),
         "--format", "json", "--lang", "en"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 1
    report = json.loads(run.stdout)
    assert report["exercises"][0]["passed"] is False
    assert report["score"] < report["max_score"]


def test_syntax_error_names_the_file_and_line(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    target = _plant(workspace, HOSTILE / "ch02_perceptron" / "gates" / "syntax_error.py")
    course = load_course()
    result = grade(course, [course.exercise(target)], workspace, seed=7, host=host)
    message = result.exercises[0].first_failure().message
    assert "gates.py" in message and "line 4" in message


def test_workspace_conftest_and_numpy_shadow_are_ignored(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    (workspace / "conftest.py").write_text("import os\nos._exit(3)\n")
    (workspace / "numpy.py").write_text("raise ImportError('shadowed numpy')\n")
    (workspace / "sitecustomize.py").write_text("import os\nos._exit(4)\n")
    (workspace / "ch02_perceptron" / "conftest.py").write_text("import os\nos._exit(5)\n")
    course = load_course()
    result = grade(course, [course.exercise("ch02.gates")], workspace, seed=7, host=host)
    assert result.passed


def test_grading_leaves_the_learners_folder_as_it_was(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    before = sorted(str(p.relative_to(workspace)) for p in workspace.rglob("*"))
    course = load_course()
    grade(course, [course.exercise("ch02.gates")], workspace, seed=7, host=host)
    after = sorted(str(p.relative_to(workspace)) for p in workspace.rglob("*"))
    assert after == before


def test_the_solutions_folder_itself_can_be_graded(host):
    course = load_course()
    assert grade(course, [course.exercise("ch02.gates")], SOLUTIONS, seed=7, host=host).passed


def test_no_module_of_the_grader_needs_posix_at_import_time():
    """What Windows lacks (`resource`, `fcntl`, `termios`, `pwd`) is imported only where it is
    used, in the one module per OS: every module of the kit imports without it."""
    blocker = ("import sys\n"
               "class Block:\n"
               "    def find_spec(self, name, path=None, target=None):\n"
               "        if name in ('resource', 'fcntl', 'termios', 'pwd', 'grp', 'tty', "
               "'pty'):\n"
               "            raise ImportError(name)\n"
               "sys.meta_path.insert(0, Block())\n"
               "import pkgutil, importlib, grader\n"
               "for m in pkgutil.walk_packages(grader.__path__, 'grader.'):\n"
               "    if not m.name.endswith('__main__'):\n"
               "        importlib.import_module(m.name)\n")
    run = subprocess.run([sys.executable, "-c", blocker], capture_output=True, text=True,
                         cwd=KIT, timeout=300, env=os.environ | {"NNKATA_PLATFORM": "portable"})
    assert run.returncode == 0, run.stderr[-3000:]
