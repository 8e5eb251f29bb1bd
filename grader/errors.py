"""Errors the learner or instructor can cause, each with a translated one-paragraph message."""

from __future__ import annotations

import sys

from .catalog import UnknownExercise
from .i18n import LANGUAGES, UnknownLanguage, _
from .workspace import WorkspaceNotFound


class KitError(Exception):
    """A problem with the input, not a bug: shown as a message, exit status `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _raised_as(exc: Exception, module: str, name: str) -> bool:
    """`isinstance(exc, module.name)` without importing `module` (NumPy, pytest): an error of a
    module that was never imported cannot have been raised."""
    cls = getattr(sys.modules.get(module), name, None)
    return cls is not None and isinstance(exc, cls)


def message_for(exc: Exception) -> KitError | None:
    """The friendly form of the input errors the kit knows about."""
    if isinstance(exc, KitError):
        return exc
    if isinstance(exc, UnknownExercise):
        return KitError(_("There is no chapter or exercise called “{name}”. Run `grade list` to "
                          "see the ids, such as ch02 or ch02.gates.").format(name=exc.name))
    if isinstance(exc, UnknownLanguage):
        return KitError(_("The language “{lang}” is not available. Choose one of: {choices}.")
                        .format(lang=exc.lang, choices=", ".join(LANGUAGES)))
    if isinstance(exc, WorkspaceNotFound):
        if exc.path is None:
            return KitError(_("No workspace found: neither this folder nor any folder above it "
                              "was made by `grade init` or holds an exercises/ folder. Go to "
                              "your workspace, name one with --workspace PATH, or make a new "
                              "one with `grade init DIR`."))
        return KitError(_("The workspace {path} does not exist or is not a folder. Check the "
                          "path given to --workspace.").format(path=exc.path))
    if _raised_as(exc, "grader.sandbox.session", "WorkerError"):
        from .explain import explain_worker_error

        return KitError(explain_worker_error(exc), code=1)
    if _raised_as(exc, "grader.plugin", "ChecksNotLoaded"):
        return KitError(_("The grader's own checks in {file} could not be loaded ({reason}). "
                          "This is a bug in the kit, not a problem with your code: nothing was "
                          "graded and nothing was recorded. Please report it.").format(
            file=exc.where, reason=exc.reason.strip().splitlines()[-1] if exc.reason.strip()
            else ""))
    if _raised_as(exc, "grader.sandbox.host", "GraderSetupError"):
        return KitError(_("The grader could not start the process that runs your code on this "
                          "computer ({reasons}). This is a problem with the grader's set-up, "
                          "not with your code: nothing was graded and nothing was recorded. "
                          "Please report it, with this message, to whoever looks after the "
                          "kit.").format(reasons="; ".join(exc.reasons)))
    if _raised_as(exc, "grader.datasets.mnist", "DatasetError"):
        return KitError(exc.message)
    from .learner.errors import learner_error  # the learner's loop words its own errors

    found = learner_error(exc)
    return KitError(*found) if found else None
