"""A chapter as a notebook: the extension loaded, then per exercise its statement, a `%%grade`
cell holding the learner's current code, and its picture where it has one. Written as nbformat 4
JSON by hand: the kit itself needs no Jupyter package."""

from __future__ import annotations

import json
from pathlib import Path

from ..catalog import Course
from ..i18n import _
from ..plots import __path__ as PLOTS
from ..texts import chapter_title, exercise_text


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def _code(text: str) -> dict:
    return {"cell_type": "code", "metadata": {}, "source": text, "outputs": [],
            "execution_count": None}


def _numbered(cells: list[dict]) -> list[dict]:
    """Every cell with the id nbformat 4.5 asks for."""
    return [cell | {"id": f"cell-{i}"} for i, cell in enumerate(cells)]


def has_picture(exercise_id: str) -> bool:
    return any((Path(p) / f"{exercise_id.replace('.', '_')}.py").is_file() for p in PLOTS)


def chapter_notebook(course: Course, chapter_id: str, workspace: Path) -> str:
    chapter = next(c for c in course.chapters if c.id == chapter_id)
    cells = [_markdown(f"# {chapter.id} {chapter_title(chapter.id)}\n\n" + _(
                 "Each `%%grade` cell is your module for that exercise: run it to save it and "
                 "grade it. `%hint ID` shows a hint.")),
             _code("%load_ext grader.notebook")]
    for exercise in chapter.exercises:
        text = exercise_text(exercise.id)
        module = workspace / exercise.module_path
        code = module.read_text(encoding="utf-8") if module.is_file() else ""
        cells += [_markdown(f"## {exercise.id} {_(text.title)}\n\n{_(text.statement)}"),
                  _code(f"%%grade {exercise.id}\n{code}")]
        if has_picture(exercise.id):
            cells.append(_code(f"%grade_plot {exercise.id}"))
    notebook = {"nbformat": 4, "nbformat_minor": 5, "cells": _numbered(cells),
                "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                            "language": "python"}}}
    return json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"
