"""Turning what went wrong during a check into one paragraph a learner can act on."""

from __future__ import annotations

from .checks.api import CheckFailed
from .i18n import _
from .sandbox.session import WorkerError


def _where(detail: dict) -> str:
    frames = detail.get("frames") or []
    if not frames:
        return ""
    last = frames[-1]
    code = str(last.get("code") or "").strip()
    if code:
        return _("In {file}, line {line}: {code}").format(file=last.get("file"),
                                                           line=last.get("line"), code=code)
    return _("In {file}, line {line}").format(file=last.get("file"), line=last.get("line"))


def _join(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def explain_worker_error(error: WorkerError) -> str:
    d = error.detail
    if error.kind == "exception" and d.get("type") == "NotImplementedError":
        return _join(_("Not implemented yet: this part still raises NotImplementedError."),
                     _where(d))
    if error.kind == "exception" and d.get("type") == "SyntaxError":
        return _join(_("Python cannot read your file: {message}.").format(message=d.get("message")),
                     _where(d))
    if error.kind == "exception" and d.get("type") == "MemoryError":
        return _join(_("Your code ran out of memory (the limit keeps one exercise from freezing "
                       "the computer)."), _where(d))
    if error.kind == "exception":
        return _join(_("Your code raised {type}: {message}").format(
            type=d.get("type"), message=d.get("message")), _where(d))
    if error.kind == "missing":
        return _("Your file does not define {name}. Check its spelling: the checks look for "
                 "exactly this name.").format(name=d.get("message"))
    if error.kind == "exit":
        return _join(_("Your code called sys.exit() or exit(), which would stop the whole "
                       "program; a function should return its result instead."), _where(d))
    if error.kind == "unsendable":
        return _("Your code returned something the grader cannot accept ({message}); return "
                 "NumPy arrays or plain numbers.").format(message=d.get("message"))
    if error.kind == "timeout":
        return _("Your code did not answer within {seconds} seconds. Look for a loop that never "
                 "ends.").format(seconds=round(float(d.get("seconds", 0)), 1))
    if error.kind == "budget":
        return _("This exercise used up its time budget, so its remaining checks were not run. "
                 "Look for a loop that never ends or a very slow computation.")
    if error.kind == "memory":
        return _("Your code used more memory than an exercise may (the limit keeps one exercise "
                 "from freezing the computer), so it was stopped.")
    if error.kind == "lost":
        return _("An object made by your code was lost when the worker restarted after an "
                 "earlier failure; fix that failure first.")
    if error.kind == "garbled":
        return _("Your code wrote on the grader's channel something the grader cannot read "
                 "({reason}), so this check stopped. A function should return its result, and "
                 "never write to file descriptors it did not open.").format(
            reason=d.get("reason"))
    if d.get("returncode") is None:
        return _("The process running your code stopped unexpectedly. This happens with "
                 "os._exit(), with a crash inside a C library, or when memory runs out.")
    return _("The process running your code stopped unexpectedly (exit code {code}). This "
             "happens with os._exit(), with a crash inside a C library, or when memory runs "
             "out.").format(code=d.get("returncode"))


def explain(exc: BaseException) -> tuple[str, str | None]:
    """The learner's message and, when the failure chooses one, the hint key to show."""
    if isinstance(exc, CheckFailed):
        return exc.message, exc.hint
    if isinstance(exc, WorkerError):
        return explain_worker_error(exc), None
    return _("The grader itself failed in this check ({type}: {message}). This is not your "
             "fault: please report it.").format(type=type(exc).__name__, message=exc), None
