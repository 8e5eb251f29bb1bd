"""What `%%grade` returns: the run's verdict as an object (`.passed`, `.score`, `.max_score`,
`.checks`), shown as the same table as `grade`, in HTML in a notebook and as text elsewhere."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console

from ..render import show_run
from ..results import CheckResult, RunResult

_HTML = '<pre style="white-space: pre-wrap; font-family: monospace">{code}</pre>'


@dataclass
class GradedCell:
    run: RunResult
    text: str = field(default="", repr=False)
    page: str = field(default="", repr=False)

    @classmethod
    def of(cls, run: RunResult) -> GradedCell:
        """Rendered once, the way `grade -v` shows it (every check, its message and hint);
        rich escapes every character of the learner's messages in the HTML it writes."""
        console = Console(record=True, width=100, force_terminal=False, force_jupyter=False,
                          color_system=None, file=io.StringIO())
        show_run(console, run, verbose=True)
        return cls(run, console.export_text(clear=False), console.export_html(inline_styles=True,
                                                                     code_format=_HTML))

    @property
    def passed(self) -> bool:
        return self.run.passed

    @property
    def score(self) -> float:
        return self.run.score

    @property
    def max_score(self) -> float:
        return self.run.max_score

    @property
    def checks(self) -> list[CheckResult]:
        return [c for e in self.run.exercises for c in e.checks]

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/plain": self.text, "text/html": self.page}

    def __repr__(self) -> str:
        return self.text


def escaped(message: str) -> str:
    """A message of the kit's own as HTML (a refused cell, a missing workspace)."""
    return f"<pre>{html.escape(message)}</pre>"
