"""Hidden checks for ch05.simple_layers: MulLayer and AddLayer, forward then backward on the
learner's own layer objects (driven in the worker by handle), and the book's apple-shopping
graph built from them, with its known answers."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, expected, fail, reveal, show
from grader.i18n import _

from . import pair, steps


def _cases(rng):
    """Plain numbers (the book's), then random numbers and arrays, with dout not 1."""
    def number(low, high):
        return round(float(rng.uniform(low, high)), 2)

    return [(100.0, 2.0, 1.0), (number(-5, 5), number(-5, 5), number(1.5, 3)),
            (rng.normal(size=3), rng.normal(size=3), rng.normal(size=3))]


@check("mul_forward")
def test_mul_forward(student, ref, rng):
    for x, y, _dout in _cases(rng):
        call = steps("layer = MulLayer()", call_text("layer.forward", x, y))
        got = student.MulLayer().forward(x, y)
        if got is None:
            fail(_("{call} returned None: forward must return the product x * y, besides "
                   "remembering x and y.").format(call=call), expected(x * y))
        expect_close(got, ref.MulLayer().forward(x, y), call=call)


def _close(got, want) -> bool:
    """Whether the learner's value is these numbers (False for anything that is not numbers)."""
    try:
        return np.shape(got) == np.shape(want) and bool(np.allclose(got, want))
    except (TypeError, ValueError):
        return False


def _backward(student, ref, name, x, y, dout):
    layer, reference = getattr(student, name)(), getattr(ref, name)()
    layer.forward(x, y)
    reference.forward(x, y)
    call = steps(f"layer = {name}()", call_text("layer.forward", x, y),
                 call_text("layer.backward", dout))
    return pair(layer.backward(dout), call), reference.backward(dout), call


@check("mul_backward")
def test_mul_backward(student, ref, rng):
    for x, y, dout in _cases(rng):
        (dx, dy), (want_x, want_y), call = _backward(student, ref, "MulLayer", x, y, dout)
        if not np.allclose(x, y) and _close(dx, want_y) and _close(dy, want_x):
            fail(_("{call} returned dx = {dx} and dy = {dy}: the two gradients are swapped. "
                   "For out = x * y, d(out)/dx is y and d(out)/dy is x, so dx = dout * y.")
                 .format(call=call, dx=show(dx), dy=show(dy)),
                 reveal(_("Here dx should be {want}.").format(want=show(want_x))), hint="swapped")
        if not np.allclose(dout, 1) and _close(dx, y) and _close(dy, x):
            fail(_("{call} returned dx = {dx} and dy = {dy}, which ignores dout = {dout}. By "
                   "the chain rule, the local derivatives are multiplied by the gradient that "
                   "arrives from above: dx = dout * y.").format(
                call=call, dx=show(dx), dy=show(dy), dout=show(dout)),
                reveal(_("Here dx should be {want}.").format(want=show(want_x))),
                hint="chain_rule")
        expect_close(dx, want_x, call=_("{call}, its first value dx").format(call=call))
        expect_close(dy, want_y, call=_("{call}, its second value dy").format(call=call))


@check("add_layer")
def test_add_layer(student, ref, rng):
    for x, y, dout in _cases(rng):
        call = steps("layer = AddLayer()", call_text("layer.forward", x, y))
        expect_close(student.AddLayer().forward(x, y), ref.AddLayer().forward(x, y), call=call)
        (dx, dy), (want_x, want_y), call = _backward(student, ref, "AddLayer", x, y, dout)
        expect_close(dx, want_x, call=_("{call}, its first value dx").format(call=call))
        expect_close(dy, want_y, call=_("{call}, its second value dy").format(call=call))


def _apples(layers):
    """The book's graph: 2 apples at 100, then tax 1.1. Returns price and gradients."""
    mul_apple, mul_tax = layers.MulLayer(), layers.MulLayer()
    price = mul_tax.forward(mul_apple.forward(100, 2), 1.1)
    d_apple_price, d_tax = pair(mul_tax.backward(1), "mul_tax_layer.backward(1)", "apple_graph")
    d_apple, d_count = pair(mul_apple.backward(d_apple_price),
                            "mul_apple_layer.backward(d_apple_price)", "apple_graph")
    return {"price": price, "d_apple": d_apple, "d_apple_num": d_count, "d_tax": d_tax}


def _apples_and_oranges(layers):
    """2 apples at 100 and 3 oranges at 150, added up, then tax 1.1."""
    mul_apple, mul_orange, mul_tax = layers.MulLayer(), layers.MulLayer(), layers.MulLayer()
    add = layers.AddLayer()
    total = add.forward(mul_apple.forward(100, 2), mul_orange.forward(150, 3))
    price = mul_tax.forward(total, 1.1)
    d_total, d_tax = pair(mul_tax.backward(1), "mul_tax_layer.backward(1)", "apple_graph")
    d_apple_price, d_orange_price = pair(add.backward(d_total),
                                         "add_apple_orange_layer.backward(d_all_price)",
                                         "apple_graph")
    d_apple, d_apple_num = pair(mul_apple.backward(d_apple_price),
                                "mul_apple_layer.backward(d_apple_price)", "apple_graph")
    d_orange, d_orange_num = pair(mul_orange.backward(d_orange_price),
                                  "mul_orange_layer.backward(d_orange_price)", "apple_graph")
    return {"price": price, "d_apple": d_apple, "d_apple_num": d_apple_num, "d_orange": d_orange,
            "d_orange_num": d_orange_num, "d_tax": d_tax}


@check("apple_known_answer")
def test_apple_shopping(student, ref):
    graphs = [(_apples, _("2 apples at 100 each, then a tax of 1.1, with two MulLayer objects "
                          "(mul_apple_layer and mul_tax_layer), then backward from 1")),
              (_apples_and_oranges, _("2 apples at 100 and 3 oranges at 150, added with an "
                                      "AddLayer, then a tax of 1.1, then backward from 1"))]
    for build, story in graphs:
        want = build(ref)
        got = build(student)
        for name, value in want.items():
            if not _close(got[name], value):
                fail(_("The book's example: {story}. {name} came out as {got}.").format(
                    story=story, name=name, got=show(got[name])),
                     expected(round(float(value), 6)))
