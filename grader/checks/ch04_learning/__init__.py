"""Hidden checks for chapter 4, and what they share: calls that show whether the learner's code
changed its inputs in place, the other modules of the learner's chapter in the worker, and
parameters written into a network in place."""

import numpy as np

from grader.checks.api import RemoteFunction, attribute_proxy, call_text, fail, show
from grader.i18n import _


def probe(student, name: str, factory: str):
    """A function built in the worker (`grader.sandbox.functions`) around `student.<name>`,
    set on the learner's module under a name of ours (in the worker only: their file is never
    touched), one name per function and factory because module functions are cached."""
    attribute = f"_nnkata_{factory}_{name}"
    setattr(student, attribute, RemoteFunction(factory, (getattr(student, name),)))
    return getattr(student, attribute)


def call_keeping_inputs(student, name: str, *args, call: str | None = None,
                        reshaped_hint: str | None = None):
    """`student.<name>(*args)`, failing when the call changed one of its array arguments in
    place (with the hint `reshaped_hint` when it changed its shape); returns the result.
    Arrays reach the worker as copies, so the change can only be seen there:
    `call_showing_arguments` sends them back as they are after the call."""
    result, after = probe(student, name, "call_showing_arguments")(*args)
    for position, (before, now) in enumerate(zip(args, after, strict=False)):
        if not isinstance(before, np.ndarray):
            continue
        if not (isinstance(now, np.ndarray) and now.shape == before.shape
                and np.array_equal(now, before, equal_nan=True)):
            fail(_("{call} changed its argument number {n} in place: before the call it held "
                   "{before}, after the call {after}. Work on a new array and leave the "
                   "caller's arrays as they were: the caller may still need them.").format(
                call=call or call_text(name, *args), n=position + 1, before=show(before),
                after=show(now)),
                 hint=reshaped_hint if np.shape(now) != before.shape else None)
    return result


def sibling_module(student, name: str):
    """Another module of the learner's chapter (`two_layer_net`), imported by the worker that
    holds `student`. While an exercise is graded, the exercises it `uses` are served by their
    reference versions, so a training loop is judged with a network known to be right."""
    sandbox = object.__getattribute__(student, "_sandbox")
    package = sandbox.module.rpartition(".")[0]
    return sandbox.request({"op": "load", "module": f"{package}.{name}"})


def assign_params(student, net, values: dict) -> None:
    """Change the learner's `net.params` arrays in place (`params[key][...] = value`), in the
    worker, as a training step does. Their file is never touched: the helper is set on the
    learner's module under a name of ours, in the worker only."""
    student._nnkata_assign_in_place = RemoteFunction(
        "assign_in_place", (attribute_proxy(net, "params"),))
    student._nnkata_assign_in_place(values)
