"""A folder the learner names for the kit to make or fill (`grade init DIR`, `grade plot
--out DIR`), checked before anything is written: one paragraph that says what is wrong with the
path, instead of a traceback from deep inside the file system."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from .errors import LearnerError


def folder_to_fill(path: Path) -> Path:
    """`path`, absolute, when it is a folder or can be made as one in a folder that exists;
    otherwise a `LearnerError` (exit status 2) naming the part of the path that is wrong."""
    path = Path(path).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise LearnerError(_("{path} is a file, and a folder is needed here. Choose another "
                             "name, or the folder that holds it.").format(path=path), code=2)
    if path.exists():
        return path
    existing = next(p for p in path.parents if p.exists())
    if not existing.is_dir():
        raise LearnerError(_("{path} would be inside {file}, which is a file, not a folder. "
                             "Choose a place inside a folder.").format(path=path, file=existing),
                           code=2)
    if existing != path.parent:
        raise LearnerError(_("The folder {parent} does not exist, so {path} cannot be made "
                             "there. Create it first, or choose a folder that exists.").format(
            parent=path.parent, path=path), code=2)
    return path
