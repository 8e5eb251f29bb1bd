"""Where learner code runs: the kit finds a way wherever it is installed, says in one line when
it falls back, and never blames the learner when it cannot run their code at all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import KIT, SOLUTIONS, copy_workspace

from grader.catalog import load_course
from grader.runner import grade
from grader.sandbox import host as host_module
from grader.sandbox.host import GraderSetupError, WorkerHost

ODD_FOLDER = "学習 ノート"


def _grade_json(*args: str, cwd: Path = KIT, python: str = sys.executable,
                env: dict | None = None, prefix: list[str] | None = None):
    run = subprocess.run([*(prefix or []), python, "-m", "grader", *args, "--format", "json",
                          "--lang", "en"], capture_output=True, text=True, encoding="utf-8",
                         cwd=cwd, env=env, timeout=600, stdin=subprocess.DEVNULL)
    assert "Traceback" not in run.stderr, run.stderr
    return run


def test_a_bubblewrap_that_cannot_start_falls_back_and_says_so(tmp_path: Path):
    fake = tmp_path / "bin" / "bwrap"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create a new namespace' >&2\n"
                    "exit 1\n")
    fake.chmod(0o755)
    env = dict(os.environ, PATH=f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("NNKATA_NO_BWRAP", None)
    env.pop("NNKATA_PLATFORM", None)
    run = _grade_json("ch02.gates", "--workspace", str(SOLUTIONS), env=env)
    report = json.loads(run.stdout)
    assert run.returncode == 0
    assert report["isolation"] == "audit hooks"
    [fallback] = report["isolation_fallbacks"]
    assert fallback["isolation"] == "bubblewrap" and "No permissions" in fallback["reason"]
    text = subprocess.run([sys.executable, "-m", "grader", "ch02.gates", "--workspace",
                           str(SOLUTIONS), "--lang", "en"], capture_output=True, text=True,
                          cwd=KIT, env=env, timeout=600)
    assert text.stdout.count("could not start on this computer") == 1


@pytest.fixture
def broken_worker(monkeypatch):
    """Workers that die as they start, whatever the isolation."""
    monkeypatch.setattr(host_module, "BOOT", "raise SystemExit('no interpreter here')")
    monkeypatch.setattr(host_module, "_shared", {})
    yield
    for worker_host in host_module._shared.values():
        worker_host.close()


def test_no_worker_at_all_is_the_graders_error_not_the_learners(broken_worker):
    course = load_course()
    worker_host = WorkerHost()
    with pytest.raises(GraderSetupError) as raised:
        grade(course, [course.exercise("ch02.gates")], SOLUTIONS, host=worker_host)
    worker_host.close()
    assert "no interpreter here" in " ".join(raised.value.reasons)


def test_the_cli_says_it_is_its_own_fault_and_records_nothing(broken_worker, tmp_path: Path):
    from typer.testing import CliRunner

    from grader.cli import build_app, prepare_language

    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    prepare_language(["--lang", "fr"])
    result = CliRunner().invoke(build_app(), ["ch02.gates", "--workspace", str(workspace),
                                              "--lang", "fr"], prog_name="grade")
    assert result.exit_code == 2
    assert "pas de votre code" in result.stderr.replace("\n", " ")
    assert not (workspace / ".nnkata" / "state.json").exists()


def test_a_workspace_under_an_odd_path_grades_the_same(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / ODD_FOLDER / "ws")
    course = load_course()
    result = grade(course, course.select(["ch02", "ch03.softmax"]), workspace, seed=3,
                   host=host)
    assert result.passed


def test_files_saved_with_crlf_and_a_bom_grade_like_plain_ones(host, tmp_path: Path):
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    for path in workspace.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    course = load_course()
    result = grade(course, course.select(["ch02", "ch03"]), workspace, seed=3, host=host)
    assert result.passed, [e.first_failure() for e in result.exercises]


def _kit_copy(folder: Path) -> Path:
    """The kit's code and catalogs, copied under `folder` (no solutions' caches, no tests)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".nnkata")
    for name in ("grader", "solutions", "exercises", "locales"):
        shutil.copytree(KIT / name, folder / name, ignore=ignore)
    return folder


def _venv(folder: Path) -> Path:
    """A virtual environment under `folder` that sees the packages of the one running the tests
    (a `.pth` line), so nothing is downloaded."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    site_packages = next(folder.glob("lib/python3*/site-packages"))
    ours = [p for p in sys.path if p.endswith("site-packages")]
    (site_packages / "nnkata-test.pth").write_text("\n".join(ours) + "\n")
    return folder / "bin" / "python"


@pytest.mark.parametrize("mode", [{}, {"NNKATA_NO_BWRAP": "1"}, {"NNKATA_PLATFORM": "portable"}],
                         ids=["default", "no-bwrap", "portable"])
def test_kit_venv_and_workspace_under_tmp_with_odd_names(tmp_path: Path, mode: dict):
    base = Path("/tmp") / f"nnkata-{ODD_FOLDER}-{os.getpid()}-{len(mode)}"
    try:
        kit = _kit_copy(base / "kit")
        python = _venv(base / "venv")
        workspace = copy_workspace(SOLUTIONS, base / "ws")
        env = {k: v for k, v in os.environ.items()
               if k not in ("NNKATA_NO_BWRAP", "NNKATA_PLATFORM")} | mode
        run = _grade_json("ch02", "ch03.softmax", "ch05.layers", "--workspace", str(workspace),
                          cwd=kit, python=str(python), env=env)
        report = json.loads(run.stdout)
        assert run.returncode == 0, report
        assert not report.get("isolation_fallbacks")
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.skipif(os.getuid() != 0 or not shutil.which("bwrap"),
                    reason="a read-only mount of the kit needs root and bubblewrap")
def test_a_kit_on_a_read_only_file_system_grades(tmp_path: Path):
    kit = _kit_copy(tmp_path / "kit")
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    run = _grade_json("ch02", "--workspace", str(workspace), cwd=kit,
                      prefix=[shutil.which("bwrap"), "--dev-bind", "/", "/", "--ro-bind",
                              str(kit), str(kit), "--"])
    assert run.returncode == 0, run.stdout


def test_japanese_survives_a_cp932_console_and_a_pipe(tmp_path: Path):
    env = dict(os.environ, PYTHONIOENCODING="cp932")
    run = subprocess.run([sys.executable, "-m", "grader", "ch02.gates", "--workspace",
                          str(KIT / "exercises"), "--lang", "ja"], capture_output=True, cwd=KIT,
                         env=env, timeout=600)
    assert run.returncode == 1
    assert b"Traceback" not in run.stderr
    assert "演習" in run.stdout.decode("cp932")


MEMORY_CGROUP = Path("/sys/fs/cgroup/memory")
HOG = "\n\ndef AND(x1, x2):\n    return int(np.ones(150_000_000)[0])\n"
GRADE_THE_HOG = """
import dataclasses, json, sys
from pathlib import Path
from grader.catalog import load_course
from grader.runner import grade
course = load_course()
roomy = [dataclasses.replace(e, memory_mb=4096) for e in course.select(["ch02", "ch03.softmax"])]
result = grade(course, roomy, Path(sys.argv[1]), seed=5)
print(json.dumps({e.id: [e.passed, e.passed or e.first_failure().message]
                  for e in result.exercises}))
"""


@pytest.mark.skipif(os.getuid() != 0 or not (MEMORY_CGROUP / "memory.oom_control").is_file(),
                    reason="a memory-limited container is simulated with a cgroup v1 as root")
def test_a_worker_the_containers_memory_limit_kills_is_a_memory_verdict(tmp_path: Path):
    """In a 600 MB container (Gradescope's are 768 MB), learner code that touches 1.2 GB within
    its own address-space limit is killed by the kernel: it, not the grader, and it is told that
    memory ran out; the next exercise grades as before."""
    workspace = copy_workspace(SOLUTIONS, tmp_path / "ws")
    with (workspace / "ch02_perceptron" / "gates.py").open("a", encoding="utf-8") as file:
        file.write(HOG)
    group = MEMORY_CGROUP / f"nnkata-test-{os.getpid()}"
    group.mkdir()
    try:
        for limit in ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes"):  # no swap
            if (group / limit).exists():
                (group / limit).write_text(str(600 * 2**20))
        run = subprocess.run(
            [sys.executable, "-c", GRADE_THE_HOG, str(workspace)], capture_output=True,
            text=True, cwd=KIT, timeout=300,
            preexec_fn=lambda: (group / "cgroup.procs").write_text(str(os.getpid())))
        oom_kills = (group / "memory.oom_control").read_text()
    finally:
        group.rmdir()
    assert run.returncode == 0, run.stderr
    verdicts = json.loads(run.stdout)
    assert "oom_kill 0" not in oom_kills
    assert verdicts["ch02.gates"][0] is False
    assert "more memory" in verdicts["ch02.gates"][1]
    assert verdicts["ch03.softmax"] == [True, True]
