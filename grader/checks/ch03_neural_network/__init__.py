"""Hidden checks for chapter 3, and what they share: calling the learner's function in a way
that shows whether it changed its input in place."""

import numpy as np

from grader.checks.api import RemoteFunction, call_text, fail, show
from grader.i18n import _


def call_keeping_input(student, name: str, x: np.ndarray):
    """`student.<name>(x)`, failing when the call changed `x` in place; returns the result.

    Arrays reach the worker as copies, so the change is only visible there: a small function
    built in the worker (`call_showing_arguments`) calls the learner's one and sends back the
    argument as it is afterwards, and the comparison happens here. The probe is set on the
    learner's module under a name of ours, in the worker only (their file is never touched).
    """
    probe = f"_nnkata_probe_{name}"  # one name per function: module functions are cached
    setattr(student, probe, RemoteFunction("call_showing_arguments", (getattr(student, name),)))
    result, after = getattr(student, probe)(x)
    after = after[0] if isinstance(after, list) and len(after) == 1 else None
    if not (isinstance(after, np.ndarray) and after.shape == x.shape
            and np.array_equal(after, x, equal_nan=True)):
        fail(_("{call} changed the array it was given: before the call it held {before}, after "
               "the call {after}. Compute the result in a new array and leave the input as it "
               "was: the caller may still need it.").format(
            call=call_text(name, x), before=show(x), after=show(after)))
    return result
