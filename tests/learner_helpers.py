"""What the learner's-loop tests share: the CLI in-process, a stub workspace, a course file."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import EXERCISES, copy_workspace
from typer.testing import CliRunner

from grader.cli import build_app, prepare_language
from grader.i18n import set_language


def invoke(*args: str, input: str | None = None):
    """The CLI in-process, in the language its arguments choose; English again afterwards."""
    prepare_language(list(args))
    try:
        return CliRunner().invoke(build_app(), list(args), prog_name="grade", input=input)
    finally:
        set_language("en")


def stub_workspace(tmp_path: Path) -> Path:
    return copy_workspace(EXERCISES, tmp_path / "ws")


def course_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str = "") -> Path:
    """A course file assigning chapter 2, with `settings` as its [settings] table's lines."""
    path = tmp_path / "nnkata-course.toml"
    table = f"[settings]\n{settings}\n\n" if settings else ""
    path.write_text(f'{table}[[assign]]\nid = "ch02"\n', encoding="utf-8")
    monkeypatch.setenv("NNKATA_COURSE", str(path))
    return path


def flat(text: str) -> str:
    """The text with the terminal's line wrapping undone."""
    return " ".join(text.split())


def code_only(source: str) -> str:
    """The syntax tree of `source` without its docstrings (comments are not in the tree)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                node.body = node.body[1:]
    return ast.dump(tree)
