"""`grade batch SUBMISSIONS --out gradebook.csv`: grade a whole class.

Every folder or `.zip` directly under SUBMISSIONS is one student, named after it (`alice/`,
`bob.zip`). Inside, the workspace is the folder holding the chapter folders
(`ch02_perceptron/`, ...): the student's folder itself, its `exercises/`, or the first such
folder found a few levels down (zips often wrap everything in one folder). SUBMISSIONS may also
be a single workspace (a class of one, as in a Gradescope autograder).

Statuses in the gradebook:
- `graded`: graded, on time (or the course has no due date);
- `late`: graded, but submitted after the course's due date (the score is kept here; the
  course file's late policy, grace and per-student extensions apply in the gradebook for the
  LMS, see `grader.lms`). The submission time is the ISO 8601 timestamp in a file
  `submitted_at.txt` at the top of the student's folder or zip when there is one (LMS exports
  can write it), else the newest modification time of the submission's `.py` files (of the
  entries, for a zip); a time without an offset is read in the course's time zone;
- `missing`: nothing to grade: a student of `--roster` with no folder or zip, or a folder or zip
  holding no chapter folder at all;
- `broken`: the submission could not be opened (a corrupt zip, one with unsafe paths, links or
  too much data), or grading it failed as a whole; the student's feedback says why.

Students are graded in parallel (one process per core, each grading one student at a time with
the runner, the learner's code still in its sandboxed worker, which cannot see SUBMISSIONS,
the results or the other students). Each student's files are written atomically, the
`result.json` last; it records a fingerprint of the submission and of the grading (course
file, catalog, checks), so a second run grades only students that are new or changed, and a
killed run resumes where it stopped. The gradebook CSV is rewritten atomically after each
student, so it is never half-written.

Files, next to the gradebook in `<gradebook stem>/` unless `--results` says otherwise:
`students/<name>/result.json` (the kit's result object, extended), `feedback.txt` (in the
course's language, or the student's own from their workspace's `.nnkata/state.json`),
`results.json` (Gradescope's shape), and `gradebook.json`, `summary.json`, `histogram.png`.
Exit status: 0 when every student was graded (on time or late), 1 when some are missing or
broken, 2 for a usage error.

Inside a Gradescope autograder, the submission folder is a class of one; `run_autograder` can
be `cd /autograder/source && python -m grader batch /autograder/submission --out
/tmp/gradebook.csv --gradescope /autograder/results/results.json` (with the course file and a
released kit, or the instructor's kit, in `/autograder/source`).
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import io
import multiprocessing
import os
import shutil
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console

from ..catalog import Course, checks_file, load_course
from ..i18n import _, number, set_language
from ..lms.late import without_late_policy
from ..render import show_run
from ..report.snapshot import save_snapshot
from ..runner import grade
from ..workspace import State
from . import gradebook as gb
from .assignment import Assignment, shows_expected

MAX_ZIP_BYTES = 50 * 2**20
MAX_ZIP_FILE_BYTES = 10 * 2**20
MAX_ZIP_MEMBERS = 2000
SUBMITTED_AT = "submitted_at.txt"
WORK = ".work"
FORMAT = 1


class SubmissionError(Exception):
    """The submission cannot be opened; `message` is for the student's feedback."""


# ----------------------------------------------------------------- finding students


@dataclass
class Student:
    name: str
    path: Path | None  # a folder or a .zip; None: on the roster, nothing submitted


def discover(submissions: Path, roster: list[str] | None, course: Course,
             exclude: tuple[Path, ...] = ()) -> list[Student]:
    """The students, by name; `exclude` keeps the batch's own outputs out of the class."""
    if _find_workspace(submissions, course, depth=0) is not None:
        return [Student(submissions.name, submissions)]
    found: dict[str, Student] = {}
    for entry in sorted(submissions.iterdir()):
        if entry.name.startswith((".", "__")) or entry.resolve() in exclude:
            continue
        if entry.is_dir():
            found[entry.name] = Student(entry.name, entry)
        elif entry.suffix.lower() == ".zip" and entry.stem not in found:
            found[entry.stem] = Student(entry.stem, entry)
    for name in roster or []:
        found.setdefault(name, Student(name, None))
    return sorted(found.values(), key=lambda s: s.name)


def _find_workspace(folder: Path, course: Course, depth: int = 3) -> Path | None:
    dirs = {c.dir for c in course.chapters}
    level = [folder]
    for _i in range(depth + 1):
        following = []
        for candidate in level:
            try:
                children = sorted(p for p in candidate.iterdir()
                                  if p.is_dir() and not p.is_symlink())
            except OSError:
                continue
            if any(c.name in dirs for c in children):
                return candidate
            following += [c for c in children
                          if not c.name.startswith((".", "__")) and c.name not in dirs]
        level = following
    return None


# ----------------------------------------------------------------- fingerprints


def grading_digest(assignment: Assignment | None, course: Course, ids: list[str]) -> str:
    """What the grading depends on besides the submission: the course file, and the catalog
    entries and checks of the graded exercises."""
    h = hashlib.sha256(b"nnkata-batch-%d" % FORMAT)
    h.update(without_late_policy(assignment.text if assignment else "").encode())
    for e in (course.exercise(i) for i in ids):
        h.update(repr(e).encode())
        if checks_file(e).is_file():
            h.update(checks_file(e).read_bytes())
    return h.hexdigest()


def submission_digest(path: Path | None) -> str:
    h = hashlib.sha256()
    if path is None:
        return "none"
    if path.is_file():
        h.update(path.read_bytes())
        return h.hexdigest()
    for p in sorted(path.rglob("*")):
        if "__pycache__" in p.parts or p.is_symlink() or not p.is_file():
            continue
        h.update(p.relative_to(path).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


# ----------------------------------------------------------------- zips


def extract_zip(archive: Path, target: Path) -> None:
    """Extract with no path leaving `target`, no links, and bounded sizes (counted, not trusted
    from the headers)."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = z.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise SubmissionError(_("The zip file holds more than {n} files.").format(
                    n=MAX_ZIP_MEMBERS))
            total = 0
            root = target.resolve()
            for m in members:
                name = m.filename.replace("\\", "/")
                parts = [p for p in name.split("/") if p not in ("", ".")]
                mode = m.external_attr >> 16
                if (name.startswith("/") or ".." in parts or (parts and ":" in parts[0])
                        or stat.S_ISLNK(mode)):
                    raise SubmissionError(_("The zip file contains an unsafe entry: {name}.")
                                          .format(name=m.filename[:200]))
                if not parts or parts[0] == "__MACOSX":
                    continue
                dest = root.joinpath(*parts)
                if m.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with z.open(m) as src, open(dest, "wb") as out:
                    written = 0
                    while chunk := src.read(1 << 16):
                        written += len(chunk)
                        total += len(chunk)
                        if written > MAX_ZIP_FILE_BYTES or total > MAX_ZIP_BYTES:
                            raise SubmissionError(_("The zip file unpacks to more data than "
                                                    "allowed ({mb} MB).").format(
                                mb=MAX_ZIP_BYTES // 2**20))
                        out.write(chunk)
                os.utime(dest, (datetime(*m.date_time).timestamp(),) * 2)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise SubmissionError(_("The zip file cannot be opened ({problem}).").format(
            problem=str(exc)[:200])) from None


# ----------------------------------------------------------------- one student


@dataclass
class Job:
    name: str
    path: str | None
    fingerprint: str
    exercise_ids: list[str]
    weights: dict[str, float]
    student_dir: str
    work_dir: str
    course_lang: str | None
    due: str | None
    timezone: str = "UTC"
    seed: int | None = None
    assignment_text: str = ""
    submitted_at: str | None = None  # as the LMS or Gradescope recorded it: wins over the files'


def _submitted_at(top: Path, workspace: Path, zone: ZoneInfo) -> datetime | None:
    marker = top / SUBMITTED_AT
    if marker.is_file():
        try:
            when = datetime.fromisoformat(marker.read_text(encoding="utf-8").strip())
            return when if when.tzinfo else when.replace(tzinfo=zone)
        except ValueError:
            pass
    times = [p.stat().st_mtime for p in workspace.rglob("*.py") if p.is_file()]
    if not times:
        return None
    return datetime.fromtimestamp(max(times), UTC)


def _empty_record(job: Job, status: str, error: str = "") -> dict:
    max_total = sum(job.weights.values())
    return {"score": 0.0, "max_score": 0.0, "exercises": [], "seed": None, "lang": None,
            "student": job.name, "status": status, "submitted_at": None, "due": job.due,
            "error": error, "fingerprint": job.fingerprint,
            "gradebook": {"points": dict.fromkeys(job.exercise_ids, 0.0), "total": 0.0,
                          "max_total": gb._round(max_total)}}


def _feedback(record: dict, result, due_text: str | None) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None, highlight=False,
                      force_terminal=False, soft_wrap=False)
    console.print(_("Feedback for {student}").format(student=record["student"]))
    if record["status"] == "late":
        console.print(_("Submitted after the due date."))
    if result is not None:
        show_run(console, result, verbose=True)
    else:
        console.print(record.get("error") or _("Nothing was found to grade in this submission."))
    if due_text:
        console.print(due_text)
    return console.file.getvalue()


def grade_student(job: Job) -> dict:
    """Grade one student and write their files; never raises for a bad submission."""
    from .assignment import parse_assignment

    course = load_course()
    assignment = (parse_assignment(job.assignment_text, Path("nnkata-course.toml"), course)
                  if job.assignment_text else None)
    folder = Path(job.student_dir)
    work = Path(job.work_dir)
    due = datetime.fromisoformat(job.due) if job.due else None  # this student's
    set_language(job.course_lang or "en")
    result = None
    try:
        if job.path is None:
            record = _empty_record(job, "missing", _("Nothing was submitted."))
        else:
            top = Path(job.path)
            if top.is_file():
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir(parents=True)
                extract_zip(top, work)
                top = work
            workspace = _find_workspace(top, course)
            if workspace is None:
                record = _empty_record(job, "missing",
                                       _("Nothing was found to grade in this submission: no "
                                         "chapter folder such as ch02_perceptron/."))
            else:
                lang = State(workspace).language or job.course_lang or "en"
                set_language(lang)
                exercises = [course.exercise(i) for i in job.exercise_ids]
                result = grade(course, exercises, workspace, seed=job.seed,
                               show_expected=shows_expected(assignment))
                save_snapshot(folder, workspace, exercises, job.fingerprint)
                when = (datetime.fromisoformat(job.submitted_at) if job.submitted_at
                        else _submitted_at(top, workspace, ZoneInfo(job.timezone)))
                late = assignment is not None and assignment.is_late(when, due)
                record = result.to_dict() | {
                    "student": job.name, "status": "late" if late else "graded",
                    "submitted_at": when.isoformat(timespec="seconds") if when else None,
                    "due": job.due, "error": "", "fingerprint": job.fingerprint}
                points = gb.scaled_points(record, job.weights)
                record["gradebook"] = {"points": points, "total": gb._round(sum(points.values())),
                                       "max_total": gb._round(sum(job.weights.values()))}
    except SubmissionError as exc:
        record = _empty_record(job, "broken", str(exc))
    except Exception as exc:  # noqa: BLE001 - one student's failure must not stop the class
        record = _empty_record(job, "broken", _("This submission could not be graded ({type}: "
                                                "{message}).").format(
            type=type(exc).__name__, message=str(exc)[:300]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    record["lang"] = record.get("lang") or job.course_lang or "en"
    set_language(record["lang"])
    due_text = assignment.due_text(due=due) if assignment else None
    feedback = _feedback(record, result, due_text)
    gb.write_atomically(folder / "feedback.txt", feedback)
    gb.write_json(folder / "results.json", gb.gradescope_results(record, job.weights, feedback))
    gb.write_json(folder / "result.json", record)  # last: it marks the student as done
    return record


# ----------------------------------------------------------------- the class


@dataclass
class Batch:
    submissions: Path
    gradebook: Path
    results: Path
    course: Course
    assignment: Assignment | None
    roster: list[str] | None = None
    jobs: int = 0
    seed: int | None = None
    force: bool = False
    # per student folder, from the LMS roster: when the LMS recorded the submission, and the
    # student's due date with any extension granted
    dates: dict[str, tuple[datetime | None, datetime | None]] = field(default_factory=dict)

    @property
    def exercise_ids(self) -> list[str]:
        chosen = self.assignment.exercises(self.course) if self.assignment else [
            e for e in self.course.exercises if checks_file(e).is_file()]
        return [e.id for e in chosen]

    @property
    def weights(self) -> dict[str, float]:
        if self.assignment:
            return self.assignment.weights(self.course)
        return {i: self.course.exercise(i).max_score for i in self.exercise_ids}

    def student_dir(self, name: str) -> Path:
        return self.results / "students" / name


@dataclass
class Outcome:
    records: list[dict]
    graded_now: list[str]
    skipped: list[str]
    summary: dict


def _load_record(path: Path) -> dict | None:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("status") in gb.STATUSES else None


def _jobs(batch: Batch, students: list[Student], digest: str) -> tuple[list[Job], dict]:
    done: dict[str, dict] = {}
    todo = []
    assignment = batch.assignment
    course_due = assignment.due if assignment else None
    for s in students:
        submitted_at, due = batch.dates.get(s.name, (None, course_due))
        fingerprint = hashlib.sha256(  # a new extension or LMS time grades the student again
            f"{digest}:{submission_digest(s.path)}:{batch.seed}:{due}:{submitted_at}".encode()
        ).hexdigest()
        previous = _load_record(batch.student_dir(s.name) / "result.json")
        if previous and previous.get("fingerprint") == fingerprint and not batch.force:
            done[s.name] = previous
            continue
        seed = batch.seed if batch.seed is not None else zlib.crc32(
            f"{s.name}:{fingerprint}".encode()) % 2**31
        todo.append(Job(
            name=s.name, path=str(s.path.resolve()) if s.path else None, fingerprint=fingerprint,
            exercise_ids=batch.exercise_ids, weights=batch.weights,
            student_dir=str(batch.student_dir(s.name)),
            work_dir=str(batch.results / WORK / s.name),
            course_lang=assignment.lang if assignment else None,
            due=due.isoformat() if due else None,
            timezone=assignment.timezone if assignment else "UTC", seed=seed,
            assignment_text=assignment.text if assignment else "",
            submitted_at=submitted_at.isoformat() if submitted_at else None))
    return todo, done


def write_outputs(batch: Batch, records: list[dict]) -> dict:
    gb.write_atomically(batch.gradebook, gb.gradebook_csv(records, batch.exercise_ids))
    return gb.summary(records, batch.weights)


def _histogram(path: Path, summary: dict) -> None:
    """Labels in the instructor's language (English where no font can draw Japanese)."""
    from ..plots.style import drawable_language

    with drawable_language():
        gb.histogram_png(
            path, summary["totals"], summary["max_total"],
            title=_("Totals of the {n} graded submissions (class average {average})").format(
                n=len(summary["totals"]), average=number(summary["average_total"] or 0, 2)),
            xlabel=_("Total points (out of {max})").format(max=number(summary["max_total"], 2)),
            ylabel=_("Students"))


def run_batch(batch: Batch, *, on_start: Callable[[int, int], None] | None = None,
              on_done: Callable[[dict], None] | None = None) -> Outcome:
    """Grade what is left of the class, writing the gradebook after every student."""
    students = discover(batch.submissions, batch.roster, batch.course,
                        (batch.results.resolve(), batch.gradebook.resolve()))
    digest = grading_digest(batch.assignment, batch.course, batch.exercise_ids)
    todo, done = _jobs(batch, students, digest)
    if on_start:
        on_start(len(todo), len(done))
    records = dict(done)
    write_outputs(batch, list(records.values()))
    workers = max(1, min(batch.jobs or os.cpu_count() or 1, len(todo) or 1))
    attempts: dict[str, int] = {}
    pending = list(todo)
    while pending:
        retry = []
        with cf.ProcessPoolExecutor(workers,
                                    mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(grade_student, job): job for job in pending}
            for future in cf.as_completed(futures):
                job = futures[future]
                try:
                    record = future.result()
                except cf.process.BrokenProcessPool:
                    attempts[job.name] = attempts.get(job.name, 0) + 1
                    if attempts[job.name] < 2:
                        retry.append(job)
                        continue
                    record = _empty_record(job, "broken", _("Grading this submission stopped "
                                                            "the grader's process."))
                    gb.write_json(Path(job.student_dir) / "result.json", record)
                records[job.name] = record
                write_outputs(batch, list(records.values()))
                if on_done:
                    on_done(record)
        pending = retry
    ordered = [records[s.name] for s in students if s.name in records]
    summary = write_outputs(batch, ordered)
    gb.write_json(batch.results / "gradebook.json", {"students": ordered, "summary": summary})
    gb.write_json(batch.results / "summary.json", summary)
    _histogram(batch.results / "histogram.png", summary)
    shutil.rmtree(batch.results / WORK, ignore_errors=True)
    return Outcome(ordered, [j.name for j in todo], sorted(done), summary)
