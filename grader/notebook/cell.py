"""A `%%grade` cell as the learner's module: checked before it replaces the file on disk."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from ..catalog import Exercise
from ..i18n import _
from ..learner.files import backup
from ..learner.init_workspace import KIT_STUBS
from ..workspace import write_atomically


class CellRefused(Exception):
    """The cell is not written: it does not parse, or defines none of the exercise's names."""


def expected_names(exercise: Exercise) -> list[str]:
    """The functions and classes the exercise's stub defines: what the checks look for."""
    stub = KIT_STUBS / exercise.module_path
    tree = ast.parse(stub.read_text(encoding="utf-8")) if stub.is_file() else ast.Module([], [])
    return [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]


def _defined(tree: ast.Module) -> set[str]:
    names = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    return names | {t.id for n in tree.body if isinstance(n, ast.Assign)
                    for t in n.targets if isinstance(t, ast.Name)}


def check_cell(code: str, exercise: Exercise) -> None:
    """Parse the cell (compiling runs nothing); refuse it, with the learner's own line numbers,
    when it does not parse or defines none of the names the checks need."""
    try:
        tree = ast.parse(code, filename="<cell>")
    except SyntaxError as error:
        raise CellRefused(_("This cell is not valid Python (line {line} of the cell: {message}). "
                            "Your file {file} was left as it was.").format(
            line=error.lineno, message=error.msg, file=exercise.module_path)) from None
    wanted = expected_names(exercise)
    if wanted and not _defined(tree) & set(wanted):
        raise CellRefused(_("This cell defines none of the names {exercise} is graded on: {names}. "
                            "Your file {file} was left as it was.").format(
            exercise=exercise.id, names=", ".join(wanted), file=exercise.module_path))


def write_cell(code: str, exercise: Exercise, workspace: Path) -> Path:
    """The cell's code as the exercise's module, after a backup of the file it replaces."""
    check_cell(code, exercise)
    target = workspace / exercise.module_path
    if target.is_file():
        if target.read_text(encoding="utf-8") == code:
            return target
        backup(workspace, exercise, datetime.now())
    write_atomically(target, code)
    return target
