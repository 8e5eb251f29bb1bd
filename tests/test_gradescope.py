"""`grade gradescope ZIP` builds an autograder that runs in Gradescope's layout: its zip has
`setup.sh` and `run_autograder` at the root (LF, executable), `setup.sh` prepares a fresh virtual
environment, and `run_autograder` always leaves a `results.json` Gradescope can read: full marks
for the solutions, partial with feedback for a broken submission, a visible "grader error" when
the grader itself fails. Nothing here touches the network: the new environment reuses this one's
packages (`NNKATA_SITE_PACKAGES`) and pip is told `--no-index`."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest
from conftest import EXERCISES, SOLUTIONS, copy_workspace
from learner_helpers import invoke

COURSE = ('lang = "fr"\ndue = 2099-12-31\n\n[[assign]]\nid = "ch02.gates"\n\n'
          '[[assign]]\nid = "ch03.softmax"\npoints = 5\n\n[settings]\n'
          'gradescope_visibility = "after_due_date"\n')
MODULES = ("ch02_perceptron/gates.py", "ch03_neural_network/softmax.py")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("gradescope")
    (base / "course.toml").write_text(COURSE, encoding="utf-8")
    result = invoke("gradescope", str(base / "autograder.zip"), "--course",
                    str(base / "course.toml"))
    assert result.exit_code == 0, result.output
    return base / "autograder.zip"


@pytest.fixture(scope="module")
def autograder(built: Path, tmp_path_factory) -> Path:
    """`/autograder` as Gradescope lays it out, after `setup.sh` ran in it."""
    root = tmp_path_factory.mktemp("root")
    with zipfile.ZipFile(built) as archive:
        archive.extractall(root / "source")
    env = os.environ | {"AUTOGRADER_ROOT": str(root),
                        "NNKATA_PYTHON": getattr(sys, "_base_executable", sys.executable),
                        "NNKATA_SITE_PACKAGES": sysconfig.get_paths()["purelib"],
                        "NNKATA_PIP_OPTIONS": "--no-index --quiet"}
    done = subprocess.run(["bash", str(root / "source" / "setup.sh")], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    shutil.copy2(root / "source" / "run_autograder", root / "run_autograder")
    return root


def _run(root: Path, submit) -> dict:
    for folder in ("submission", "results"):
        shutil.rmtree(root / folder, ignore_errors=True)
    (root / "submission").mkdir()
    submit(root / "submission")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NNKATA_")}
    subprocess.run(["bash", str(root / "run_autograder")], env=env | {
        "AUTOGRADER_ROOT": str(root)}, capture_output=True, timeout=300, check=False)
    return json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))


def test_the_zip_has_the_two_scripts_at_its_root_executable_with_lf(built: Path):
    with zipfile.ZipFile(built) as archive:
        for name in ("setup.sh", "run_autograder"):
            info = archive.getinfo(name)
            text = archive.read(name)
            assert (info.external_attr >> 16) & 0o777 == 0o755
            assert text.startswith(b"#!") and b"\r\n" not in text
        names = archive.namelist()
    assert "nnkata-course.toml" in names and "requirements.txt" in names
    assert any(n.startswith("solutions/") for n in names)  # fresh inputs for every submission


def test_the_solutions_get_full_marks_check_by_check(autograder: Path):
    def submit(folder: Path) -> None:
        copy_workspace(SOLUTIONS, folder / "my-work")

    results = _run(autograder, submit)
    assert results["score"] == pytest.approx(15 + 5)
    assert results["stdout_visibility"] == "hidden" and results["execution_time"] >= 0
    for test in results["tests"]:
        assert {"name", "number", "score", "max_score", "status", "output", "output_format",
                "visibility"} <= set(test)
        assert test["status"] == "passed" and test["visibility"] == "after_due_date"
    assert sum(t["max_score"] for t in results["tests"]) == pytest.approx(20, abs=0.05)


def test_loose_module_files_are_graded_where_they_belong(autograder: Path):
    def submit(folder: Path) -> None:
        for module in MODULES:
            shutil.copy2(SOLUTIONS / module, folder)

    assert _run(autograder, submit)["score"] == pytest.approx(20)


def test_a_broken_submission_gets_partial_credit_and_feedback_in_the_course_language(
        autograder: Path):
    def submit(folder: Path) -> None:
        workspace = copy_workspace(SOLUTIONS, folder / "ws")
        shutil.copy2(EXERCISES / MODULES[1], workspace / MODULES[1])

    results = _run(autograder, submit)
    failed = [t for t in results["tests"] if t["status"] == "failed"]
    assert results["score"] == pytest.approx(15) and failed
    assert all(t["number"] == "ch03.softmax" and t["output"] for t in failed)
    assert "NotImplementedError" in failed[0]["output"] and "Pas encore" in failed[0]["output"]


def test_a_grader_that_fails_still_writes_a_results_file(autograder: Path):
    course = autograder / "source" / "nnkata-course.toml"
    saved = course.read_text(encoding="utf-8")
    course.write_text("this is not toml [", encoding="utf-8")
    try:
        results = _run(autograder, lambda folder: copy_workspace(SOLUTIONS, folder / "ws"))
    finally:
        course.write_text(saved, encoding="utf-8")
    assert results["score"] == 0
    assert [(t["status"], t["visibility"]) for t in results["tests"]] == [("failed", "visible")]


def test_an_autograder_whose_setup_failed_still_writes_a_results_file(autograder: Path,
                                                                      tmp_path: Path):
    bare = tmp_path / "bare"
    (bare / "source").mkdir(parents=True)
    shutil.copy2(autograder / "run_autograder", bare / "run_autograder")
    results = _run(bare, lambda folder: None)
    assert results["score"] == 0 and results["tests"][0]["status"] == "failed"


def test_a_container_stopped_while_grading_leaves_a_results_file(autograder: Path):
    for folder in ("submission", "results"):
        shutil.rmtree(autograder / folder, ignore_errors=True)
    workspace = copy_workspace(SOLUTIONS, autograder / "submission" / "ws")
    with (workspace / MODULES[0]).open("a", encoding="utf-8") as file:
        file.write("\n\ndef AND(x1, x2):\n    while True:\n        pass\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NNKATA_")}
    running = subprocess.Popen(["bash", str(autograder / "run_autograder")],
                               env=env | {"AUTOGRADER_ROOT": str(autograder)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    results = autograder / "results" / "results.json"
    deadline = time.monotonic() + 60
    while not results.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(running.pid, signal.SIGKILL)  # Gradescope's timeout
    running.wait()
    stopped = json.loads(results.read_text(encoding="utf-8"))
    assert stopped["score"] == 0
    assert "stopped before it finished" in stopped["tests"][0]["output"]


@pytest.mark.parametrize(("extension", "late"),
                         [(None, True), ("2026-01-03T00:00:00+00:00", False)])
def test_lateness_is_judged_by_gradescopes_own_dates(autograder: Path, extension: str | None,
                                                     late: bool):
    """Gradescope unpacks the files when it grades, so their times say nothing: the submission
    time and the due date (a student's extension included) come from its metadata."""
    user = {"email": "s@example.com", "id": 1, "name": "S"} | (
        {"assignment": {"due_date": extension}} if extension else {})
    metadata = {"created_at": "2026-01-02T10:00:00.000000+00:00", "users": [user],
                "assignment": {"due_date": "2026-01-01T23:00:00.000000+00:00"}}
    (autograder / "submission_metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    try:
        results = _run(autograder, lambda folder: copy_workspace(SOLUTIONS, folder / "ws"))
    finally:
        (autograder / "submission_metadata.json").unlink()
    assert ("Rendu après la date limite." in results["output"]) is late
    assert results["score"] == pytest.approx(20)
