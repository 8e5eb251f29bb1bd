"""The learner's sources as the grader reads them, once: exactly this text is checked and run.

`read_sources` walks the workspace for `.py` files, skipping hidden folders and `__pycache__`
(bytecode never runs: the worker compiles this text itself). A link is followed only when it stays
inside the workspace; one that leaves it is refused and said so. Text is decoded as Python does
(a `coding:` line, else UTF-8, undecodable bytes replaced), a byte-order mark dropped and Windows
line endings made plain, so a file saved on any system grades the same.
"""

from __future__ import annotations

import hashlib
import io
import os
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 1 * 2**20
MAX_TOTAL_BYTES = 16 * 2**20
MAX_FILES = 1000


@dataclass(frozen=True)
class Sources:
    """The `.py` files of a workspace by relative path (`ch02_perceptron/gates.py`), and those
    refused, with the reason (`link`, `size`)."""

    root: Path
    files: dict[str, str]
    refused: dict[str, str] = field(default_factory=dict)

    def text(self, relative: str) -> str | None:
        return self.files.get(relative)

    def digest(self, relative: str) -> str | None:
        text = self.files.get(relative)
        return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes) -> str:
    """Source bytes as Python reads them, with LF line endings and no byte-order mark."""
    try:
        encoding, _lines = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"
    text = data.decode(encoding, errors="replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_sources(workspace: Path) -> Sources:
    root = Path(os.path.realpath(workspace))
    files: dict[str, str] = {}
    refused: dict[str, str] = {}
    total = 0
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(names):
            if not name.endswith(".py"):
                continue
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            real = Path(os.path.realpath(path))
            if real != root and root not in real.parents:
                refused[relative] = "link"
                continue
            try:
                size = real.stat().st_size
                if size > MAX_FILE_BYTES or total + size > MAX_TOTAL_BYTES or \
                        len(files) >= MAX_FILES:
                    refused[relative] = "size"
                    continue
                data = real.read_bytes()
            except OSError:
                refused[relative] = "unreadable"
                continue
            total += len(data)
            files[relative] = decode(data)
    return Sources(root, files, refused)
