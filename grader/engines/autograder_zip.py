"""The zip an instructor uploads to Gradescope, which unpacks it as `/autograder/source`:
`setup.sh` and `run_autograder` at its root, beside the kit itself (run from there, not
installed), its reference solutions, the course file, the kit's dependencies as
`requirements.txt`, and the MNIST files the assigned exercises train on. It is the instructor's:
students never see it."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

from ..catalog import Exercise
from ..datasets.mnist import FILES, find_mnist
from ..errors import KitError
from ..i18n import _
from ..instructor.assignment import COURSE_FILE, KIT_ROOT, course_file_path
from ..workspace import file_atomically

BUNDLED = ("grader", "exercises", "solutions", "locales", "pyproject.toml", "README.md")
SKIPPED = {"__pycache__", ".nnkata", "recorded"}
EXECUTABLE = 0o100755 << 16  # a regular file, rwxr-xr-x, as zip records it for Unix

SETUP_SH = """\
#!/usr/bin/env bash
# Run once by Gradescope, as root, when it builds the autograder's image. Also runs in any Linux
# virtual environment, to try the autograder before uploading it. NNKATA_PIP_OPTIONS and
# NNKATA_SITE_PACKAGES let a machine without network install from what it already has.
set -euo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if (apt-get update -qq && apt-get install -y -qq bubblewrap) >/dev/null 2>&1; then
    echo "nnkata: bubblewrap installed: students' code runs in an OS sandbox"
  else
    echo "nnkata: bubblewrap could not be installed: students' code runs under audit hooks"
  fi
fi
"${NNKATA_PYTHON:-python3}" -m venv "$ROOT/venv"
if [ -n "${NNKATA_SITE_PACKAGES:-}" ]; then
  site=$("$ROOT/venv/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
  echo "$NNKATA_SITE_PACKAGES" > "$site/nnkata-site.pth"
fi
"$ROOT/venv/bin/python" -m pip install ${NNKATA_PIP_OPTIONS:-} -r "$ROOT/source/requirements.txt"
"""

RUN_AUTOGRADER = """\
#!/usr/bin/env bash
# Run by Gradescope for each submission. Whatever happens, results/results.json is written.
ROOT="${AUTOGRADER_ROOT:-/autograder}"
export NNKATA_MNIST_DIR="$ROOT/source/mnist" AUTOGRADER_ROOT="$ROOT"
cd "$ROOT/source"
"$ROOT/venv/bin/python" -m grader.engines.gradescope
if [ ! -s "$ROOT/results/results.json" ]; then
  mkdir -p "$ROOT/results"
  cat > "$ROOT/results/results.json" <<'JSON'
{"score": 0, "output": "The autograder could not start: its setup failed. This is not your fault.",
 "stdout_visibility": "hidden", "tests": [{"name": "Grader error", "score": 0, "max_score": 0,
 "status": "failed", "visibility": "visible", "output": "The autograder could not start."}]}
JSON
fi
"""


def requirements() -> list[str]:
    """What the kit needs to run, as its `pyproject.toml` says."""
    with (KIT_ROOT / "pyproject.toml").open("rb") as f:
        return list(tomllib.load(f)["project"]["dependencies"])


def _script(archive: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name)
    info.external_attr = EXECUTABLE
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text.encode("utf-8"))


def _add_tree(archive: zipfile.ZipFile, source: Path, name: str) -> None:
    if source.is_file():
        archive.write(source, name)
        return
    for path in sorted(source.rglob("*")):
        if path.is_file() and not SKIPPED & set(path.relative_to(source).parts):
            archive.write(path, f"{name}/{path.relative_to(source).as_posix()}")


def build(target: Path, exercises: list[Exercise], course_path: Path | None = None) -> Path:
    """Write the autograder zip to `target` (atomically); the MNIST files come along when an
    assigned exercise trains on them."""
    trains = any(e.needs_mnist for e in exercises)
    mnist = find_mnist() if trains else None
    if trains and mnist is None:
        raise KitError(_("The assigned exercises train on MNIST, and the autograder must bring "
                         "its files along (Gradescope grades offline): run `grade data` first, "
                         "then build the zip again."))
    if not (KIT_ROOT / "solutions").is_dir():
        raise KitError(_("The reference solutions are not in this kit, and the autograder needs "
                         "them: build it from the instructor's copy of the kit."))
    with file_atomically(target) as temporary, zipfile.ZipFile(temporary, "w") as archive:
        _script(archive, "setup.sh", SETUP_SH)
        _script(archive, "run_autograder", RUN_AUTOGRADER)
        for name in BUNDLED:
            if (KIT_ROOT / name).exists():
                _add_tree(archive, KIT_ROOT / name, name)
        archive.writestr("requirements.txt", "\n".join(requirements()) + "\n")
        course_path = course_path or course_file_path()
        if course_path.is_file():
            archive.write(course_path, COURSE_FILE)
        for spec in FILES.values() if mnist else ():
            found = next(mnist / n for n in spec.names if (mnist / n).is_file())
            archive.write(found, f"mnist/{found.name}")
    return target
