"""Gradescope's autograder: `run_autograder` grades `$AUTOGRADER_ROOT/submission` and always
leaves `$AUTOGRADER_ROOT/results/results.json` behind, even when the grader itself fails.

One student is graded exactly as `grade batch` grades each of a class (`grade_student`: the same
layouts, the same exam mode, the same points), from the kit bundled in the autograder with its
reference solutions, so every submission gets fresh random inputs. Gradescope shows only
"autograder failed" when the file is missing, so a failure of the grader is a visible test of
its own, worth nothing, with the details left in the hidden standard output.

    python -m grader.engines.gradescope   # what run_autograder runs
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..catalog import Course, load_course
from ..i18n import _, set_language
from ..instructor.assignment import load_assignment
from ..instructor.batch import Job, grade_student
from ..lms.roster import moment
from ..workspace import write_atomically

DEFAULT_ROOT = "/autograder"


def autograder_root() -> Path:
    return Path(os.environ.get("AUTOGRADER_ROOT", DEFAULT_ROOT))


def _loose_files(submission: Path, course: Course, ids: list[str], target: Path) -> bool:
    """Module files uploaded on their own (`softmax.py`), put where the workspace keeps them;
    whether any was found."""
    found = False
    for exercise in (course.exercise(i) for i in ids):
        loose = submission / f"{exercise.name}.py"
        if loose.is_file():
            (target / exercise.chapter_dir).mkdir(parents=True, exist_ok=True)
            shutil.copy2(loose, target / exercise.module_path)
            found = True
    return found


def _submitted(submission: Path, course: Course, ids: list[str], scratch: Path) -> Path | None:
    """What to grade: a single zip, loose module files, or the folder itself (the workspace at
    its top or a folder down, which `grade_student` finds)."""
    entries = [p for p in submission.iterdir()] if submission.is_dir() else []
    archives = [p for p in entries if p.suffix.lower() == ".zip"]
    if len(archives) == 1 and len(entries) == 1:
        return archives[0]
    if _loose_files(submission, course, ids, scratch / "loose"):
        return scratch / "loose"
    return submission if entries else None


def _when(text: object) -> datetime | None:
    return moment(text, ZoneInfo("UTC")) if isinstance(text, str) else None


def gradescope_dates(root: Path, course_due: datetime | None) -> tuple[datetime | None,
                                                                        datetime | None]:
    """When Gradescope received the submission, and its due date for these students (an
    extension granted, where `submission_metadata.json` gives one per student), from that
    file; the course file's due date where Gradescope has none. The files' own times say
    nothing here: Gradescope wrote them when it unpacked the submission."""
    try:
        metadata = json.loads((root / "submission_metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, course_due
    if not isinstance(metadata, dict):
        return None, course_due
    users = metadata.get("users") if isinstance(metadata.get("users"), list) else []
    own = [_when(u["assignment"].get("due_date")) for u in users if isinstance(u, dict)
           and isinstance(u.get("assignment"), dict)]
    assignment = metadata.get("assignment") if isinstance(metadata.get("assignment"), dict) else {}
    dues = [d for d in own if d] or [d for d in [_when(assignment.get("due_date"))] if d]
    return _when(metadata.get("created_at")), max(dues) if dues else course_due


def grade_submission(root: Path) -> dict:
    """The results of the submission under `root`, as Gradescope reads them."""
    course = load_course()
    assignment = load_assignment(course)
    exercises = assignment.exercises(course) if assignment else course.exercises
    ids = [e.id for e in exercises]
    weights = assignment.weights(course) if assignment else {e.id: e.max_score for e in exercises}
    submitted_at, due = gradescope_dates(root, assignment.due if assignment else None)
    with tempfile.TemporaryDirectory(prefix="nnkata-gradescope-") as folder:
        scratch = Path(folder)
        path = _submitted(root / "submission", course, ids, scratch)
        job = Job(name="submission", path=str(path) if path else None, fingerprint="",
                  exercise_ids=ids, weights=weights, student_dir=str(scratch / "student"),
                  work_dir=str(scratch / "work"),
                  course_lang=assignment.lang if assignment else None,
                  due=due.isoformat() if due else None,
                  timezone=assignment.timezone if assignment else "UTC",
                  assignment_text=assignment.text if assignment else "",
                  submitted_at=submitted_at.isoformat() if submitted_at else None)
        grade_student(job)
        results = json.loads((scratch / "student" / "results.json").read_text(encoding="utf-8"))
    visibility = assignment.settings.gradescope_visibility if assignment else "visible"
    for test in results["tests"]:
        test |= {"output_format": "simple_format", "visibility": visibility}
    return results | {"output_format": "simple_format", "stdout_visibility": "hidden"}


def _grader_error(message: str) -> dict:
    """A results file that grades nothing: one visible test, worth nothing, that says why."""
    return {"score": 0.0, "output": message, "output_format": "simple_format",
            "stdout_visibility": "hidden",
            "tests": [{"name": _("Grader error"), "score": 0.0, "max_score": 0.0,
                       "status": "failed", "output": message, "output_format": "simple_format",
                       "visibility": "visible"}]}


def grader_failed(error: BaseException) -> dict:
    """A results file for a grader that could not grade."""
    return _grader_error(_("The autograder itself failed ({type}), so nothing was graded; this "
                           "is not your fault. Your instructor has been told the details.").format(
        type=type(error).__name__))


def grader_stopped() -> dict:
    """The results file in place while grading runs: what Gradescope finds if the container is
    stopped before the end (its time or memory limit)."""
    return _grader_error(_("The autograder was stopped before it finished grading, so nothing "
                           "was graded; this is not your fault. Tell your instructor, who can "
                           "raise the autograder's time or memory limit."))


def _write(root: Path, results: dict) -> None:
    target = root / "results" / "results.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, json.dumps(results, ensure_ascii=False, indent=1))


def main() -> int:
    root = autograder_root()
    started = time.monotonic()
    set_language("en")
    try:
        _write(root, grader_stopped())
        results = grade_submission(root)
        code = 0
    except Exception as error:  # noqa: BLE001 - whatever happens, Gradescope gets a file
        traceback.print_exc()  # the hidden standard output: for the instructor
        results = grader_failed(error)
        code = 1
    results["execution_time"] = round(time.monotonic() - started, 1)
    _write(root, results)
    return code


if __name__ == "__main__":
    sys.exit(main())
