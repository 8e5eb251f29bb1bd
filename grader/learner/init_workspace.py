"""`grade init DIR`: a fresh workspace of stubs whose comments speak the learner's language.

The workspace is the kit's `exercises/` folder as shipped (chapter packages and their
`__init__.py`), each stub's docstrings and comments translated (`grader.learner.stubs`), and a
file that remembers the language, so every later command in that workspace speaks it.
It is built in a hidden folder beside DIR and renamed at the end: DIR is complete or absent.
The course file is not copied: the kit reads it from its own root, wherever the workspace is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import KitError
from ..i18n import _
from ..reference import KIT_ROOT
from ..workspace import LANGUAGE_FILE, MARKER_FILE, STATE_DIR, folder_atomically
from .paths import folder_to_fill
from .stubs import translate_stub

KIT_STUBS = KIT_ROOT / "exercises"
_SKIPPED = {"__pycache__", STATE_DIR, ".pytest_cache"}
MARKER_TEXT = "This folder is an nnkata workspace, made by `grade init`.\n"


def _stub_files(stubs: Path) -> list[Path]:
    return sorted(p for p in stubs.rglob("*")
                  if p.is_file() and not _SKIPPED & set(p.relative_to(stubs).parts)
                  and p.suffix != ".pyc")


def _check_target(target: Path, stubs: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise KitError(_("{path} already exists and is not empty. `grade init` only creates a "
                         "new folder (or fills an empty one), so that none of your files is "
                         "overwritten: choose another name.").format(path=target))
    if target == stubs or stubs in target.parents:
        raise KitError(_("A workspace cannot be created inside the kit's own stubs ({stubs}); "
                         "choose a folder elsewhere, for instance beside the kit.").format(
            stubs=stubs))


def create_workspace(target: Path, lang: str, *, stubs: Path = KIT_STUBS) -> list[str]:
    """Write the workspace at `target` with stubs in `lang`; the files written, relative."""
    target = folder_to_fill(target).resolve()
    _check_target(target, stubs)
    if not stubs.is_dir():
        raise KitError(_("The kit's stubs ({path}) are missing, so there is nothing to copy. "
                         "Install the kit again, or unpack a fresh copy of it.").format(
            path=stubs))
    written = []
    with folder_atomically(target) as staging:
        for source in _stub_files(stubs):
            relative = source.relative_to(stubs)
            destination = staging / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix == ".py":
                text = translate_stub(source.read_text(encoding="utf-8"), lang)
                destination.write_text(text, encoding="utf-8")
            else:
                shutil.copy2(source, destination)
            written.append(relative.as_posix())
        (staging / STATE_DIR).mkdir()
        (staging / STATE_DIR / LANGUAGE_FILE).write_text(lang + "\n", encoding="utf-8")
        (staging / STATE_DIR / MARKER_FILE).write_text(MARKER_TEXT, encoding="utf-8")
    return written
