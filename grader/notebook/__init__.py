"""The kit inside Jupyter, JupyterLab, VS Code and Colab: `%load_ext grader.notebook`.

- `cell.py`: a `%%grade ID` cell becomes the learner's module for that exercise (the previous file
  kept in `.nnkata/backups/`), once it parses and defines the exercise's names.
- `result.py`: what a graded cell returns, shown as HTML in a notebook and as text elsewhere.
- `magics.py`: `%%grade`, `%grade`, `%hint`, `%grade_plot` and `%grade_workspace`. The
  learner's code is graded by the same worker and sandbox as `grade`, never in the kernel.
- `chapter.py` and `commands/`: `grade notebook CHAPTER` writes a chapter's notebook.
"""

from __future__ import annotations

from typing import Any


def load_ipython_extension(ipython: Any) -> None:
    from .magics import GradeMagics

    ipython.register_magics(GradeMagics)
