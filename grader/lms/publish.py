"""What `grade batch` adds once the class is graded: the roster, the late policy and the
overrides turned into marks, and the files the LMS takes.

Everything the instructor gives is read and checked before any student is graded (a typo in
the overrides must not cost a class's grading time); the files are written only once every
row is known, each atomically, so a mistake leaves the previous files as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import KitError
from ..i18n import _, listing, ngettext
from ..instructor.batch import Batch, discover
from ..workspace import write_atomically
from .export import FORMATS, LMS, export_path, render
from .late import LatePolicy
from .marks import Marks, build_marks, owners
from .overrides import Override, by_student, read_overrides
from .roster import Student, read_roster

DEFAULT_COLUMN = "nnkata"


@dataclass
class Plan:
    """The instructor's inputs, read and checked."""

    roster: list[Student] | None = None
    overrides: list[Override] = field(default_factory=list)
    overrides_path: Path | None = None
    layouts: list[str] = field(default_factory=list)
    column: str = DEFAULT_COLUMN
    submissions: list[str] = field(default_factory=list)  # the names found under SUBMISSIONS

    def dates(self, course_due: datetime | None) -> dict[str, tuple[datetime | None,
                                                                     datetime | None]]:
        """Per student folder: when the LMS recorded the submission, and the student's due date
        with any extension granted (what `grade batch` judges lateness by)."""
        rows, _names = owners(self.submissions, self.roster)
        return {name: (student.submitted_at, student.due_for(course_due))
                for name, student in rows if student is not None}

    @property
    def folders(self) -> list[str] | None:
        """The roster as `grade batch` takes it: the students' folder names, spelt as on disk
        (a roster's "Alice" is the folder alice/, not a second, missing student)."""
        if self.roster is None:
            return None
        on_disk = {name.casefold(): name for name in self.submissions}
        return [on_disk.get(s.folder.casefold(), s.folder) for s in self.roster]


def plan(batch: Batch, *, roster: Path | None, overrides: Path | None, exports: list[str],
         column: str | None) -> Plan | None:
    """Read and check the roster, the overrides (their students too) and the export names;
    None when nothing of the gradebook for the LMS was asked for (and the course file has no
    late policy)."""
    layouts = [name for name in FORMATS if name in _names(exports)]
    unknown = sorted(_names(exports) - set(FORMATS))
    if unknown:
        raise KitError(_("Unknown export “{name}”. Choose among: {choices}.").format(
            name=unknown[0], choices=", ".join(FORMATS)))
    if roster is None and any(name in LMS for name in layouts):
        raise KitError(_("An export for {lms} needs the class list: give it with --roster "
                         "roster.csv (student id, name, email, folder).").format(
            lms=listing([n.capitalize() for n in layouts if n in LMS])))
    assignment = batch.assignment
    late = assignment.late if assignment else LatePolicy()
    if roster is None and overrides is None and not layouts and late == LatePolicy():
        return None
    zone = ZoneInfo(assignment.timezone if assignment else "UTC")
    students = read_roster(roster, zone) if roster else None
    changes = read_overrides(overrides, batch.course, batch.exercise_ids) if overrides else []
    found = [s.name for s in discover(batch.submissions, None, batch.course,
                                      (batch.results.resolve(), batch.gradebook.resolve()))]
    if overrides is not None:
        by_student(changes, overrides, owners(found, students)[1])
    title = assignment.title if assignment else None
    return Plan(students, changes, overrides, layouts, column or title or DEFAULT_COLUMN, found)


def _names(exports: list[str]) -> set[str]:
    return {name.strip().lower() for text in exports for name in text.split(",") if name.strip()}


@dataclass
class Published:
    marks: Marks
    files: list[Path]


def publish(chosen: Plan, batch: Batch, records: list[dict]) -> Published:
    """Build every row, then write the full gradebook and each LMS file."""
    marks = build_marks(records, batch.weights, batch.course, batch.assignment, chosen.roster,
                        chosen.overrides, chosen.overrides_path)
    files = []
    for layout in ["csv", *(n for n in chosen.layouts if n != "csv")]:
        path = export_path(batch.gradebook, layout)
        text = render(layout, marks, chosen.column, batch.exercise_ids)
        write_atomically(path, text.encode())
        files.append(path)
    return Published(marks, files)


def summary_lines(published: Published) -> list[str]:
    """What the instructor reads after the class summary, in their language."""
    marks = published.marks
    lines = []
    if marks.missing:
        who = [f"{m.student.full_name or m.name} ({m.student.id})" for m in marks.missing
               if m.student]
        lines.append(ngettext("Nothing to grade from {count} student of the roster: {names}.",
                              "Nothing to grade from {count} students of the roster: {names}.",
                              len(who)).format(count=len(who), names=listing(who)))
    if marks.unlisted:
        lines.append(ngettext(
            "{count} submission belongs to nobody on the roster, and is left out of the LMS "
            "files: {names}.",
            "{count} submissions belong to nobody on the roster, and are left out of the LMS "
            "files: {names}.", len(marks.unlisted)).format(count=len(marks.unlisted),
                                                          names=listing(marks.unlisted)))
    late = sum(m.lateness.is_late for m in marks.rows)
    if late:
        lines.append(ngettext("The late policy applies to {count} submission.",
                              "The late policy applies to {count} submissions.",
                              late).format(count=late))
    changed = sum(len(m.overrides) for m in marks.rows)
    if changed:
        lines.append(ngettext("{count} manual override applied, after the late penalty.",
                              "{count} manual overrides applied, after the late penalty.",
                              changed).format(count=changed))
    lines.append(_("Gradebook with the original, adjusted and final totals, and the files for "
                   "the LMS: {files}").format(files=listing([str(f) for f in published.files])))
    return lines


def as_data(published: Published) -> dict:
    """The same, for `--format json`."""
    marks = published.marks
    return {"files": [str(f) for f in published.files],
            "missing": [m.student.id for m in marks.missing if m.student],
            "unlisted": marks.unlisted,
            "late": [m.name for m in marks.rows if m.lateness.is_late],
            "overrides": sum(len(m.overrides) for m in marks.rows)}
