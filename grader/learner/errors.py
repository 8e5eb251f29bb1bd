"""The errors a learner meets in the loop, each worded as one paragraph that says what to do.

`grader.errors.message_for` asks here for what it does not know itself; the answer is a message
and an exit status (2: the input is wrong, 1: the command could not do its work).
"""

from __future__ import annotations

import errno

from ..i18n import _
from ..workspace import StateFileDamaged

_CANNOT_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS}


class LearnerError(Exception):
    """A refusal of the learner's loop (no solution yet, no stub to restore, ...)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def learner_error(exc: BaseException) -> tuple[str, int] | None:
    if isinstance(exc, LearnerError):
        return exc.message, exc.code
    if isinstance(exc, StateFileDamaged):
        return _("The file where the kit keeps your progress, {path}, is damaged and cannot be "
                 "read ({reason}). Your exercise files are not affected. Delete that file, or "
                 "move it away if you want to look at it, then run the command again: the kit "
                 "starts a fresh record of your hints and results.").format(
            path=exc.path, reason=exc.reason), 2
    if isinstance(exc, OSError) and exc.errno in _CANNOT_WRITE:
        where = exc.filename or ""
        return _("The kit cannot write to {path}: the folder is read-only or belongs to someone "
                 "else. Make it writable (for instance with `chmod u+w`), or copy the kit to a "
                 "folder of your own and work there, then run the command again.").format(
            path=where), 1
    return None


def interrupted() -> str:
    """What a command interrupted by Ctrl-C says: it leaves no verdict behind."""
    return _("Interrupted: nothing of this run was recorded, and what you had done before is "
             "kept as it was.")
