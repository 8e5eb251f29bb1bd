"""Hidden checks for ch06.dropout. The learner's mask comes from their own random numbers, so
no value can be predicted; what dropout must do can be checked all the same: in training, each
output is either the input itself or 0, about dropout_ratio of them 0, a new draw at every
call; in test mode every input is scaled by 1 - dropout_ratio; backward lets the gradient
through where forward kept the unit. No input is 0, so a 0 in the output is a dropped unit.

The share of dropped units is measured on 2,000 of them: with the ratios used here its spread
is at most 0.011, and the allowed distance, 0.05, is more than four times that."""

from __future__ import annotations

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import _, number

from . import steps

SHAPE = (50, 40)
SHARE_TOLERANCE = 0.05


def _inputs(rng: np.random.Generator, shape=SHAPE) -> np.ndarray:
    """Values of size 0.5 to 2 and random sign: none of them 0."""
    return np.round(rng.choice([-1.0, 1.0], shape) * rng.uniform(0.5, 2.0, shape), 2)


def _made(ratio: float | None) -> str:
    return "layer = Dropout()" if ratio is None else call_text("layer = Dropout", ratio)


def _layer(student, ratio: float | None):
    return student.Dropout() if ratio is None else student.Dropout(ratio)


def _kept(got, x: np.ndarray, call: str) -> np.ndarray:
    """Where the training output kept the input; fails unless each output is x or 0."""
    if not isinstance(got, np.ndarray) or got.shape != x.shape or got.dtype.kind not in "biuf":
        fail(_("{call} returned {got}; it should return an array shaped like x, {shape}.")
             .format(call=call, got=show(got), shape=x.shape), hint="train_mask")
    kept, dropped = np.isclose(got, x, rtol=0, atol=1e-12), got == 0
    if not np.all(kept | dropped):
        strange = got[~(kept | dropped)]
        scaled = np.abs(x[~(kept | dropped)])
        ratios = np.abs(strange) / scaled
        if np.allclose(ratios, ratios.flat[0]):
            fail(_("{call} returned values {factor} times the input where it keeps a unit. In "
                   "the book's dropout, training keeps a unit as it is (or sets it to 0), and "
                   "test mode scales every unit instead.").format(
                call=call, factor=number(float(ratios.flat[0]), 3)), hint="book_scaling")
        fail(_("{call} returned {got}: in training, each output should be either the input "
               "itself (a kept unit) or 0 (a dropped one).").format(call=call, got=show(got)),
             hint="train_mask")
    return kept


def _expect_share(kept: np.ndarray, ratio: float, call: str) -> None:
    share = 1.0 - float(np.mean(kept))
    if abs(share - ratio) <= SHARE_TOLERANCE:
        return
    kind = (_("That is about 1 - dropout_ratio: the units are kept with probability "
              "dropout_ratio instead of dropped with it.")
            if abs(share - (1 - ratio)) <= SHARE_TOLERANCE else "")
    fail(_("Share of the units dropped by {call}: {share} %. Each unit should be dropped with "
           "probability dropout_ratio = {ratio}.").format(call=call, share=number(100 * share, 1),
                                                        ratio=ratio), kind, hint="ratio_meaning")


@check("train_mask")
def test_training_drops_units(student, rng):
    for ratio in (None, float(np.round(rng.uniform(0.15, 0.3), 2)),
                  float(np.round(rng.uniform(0.7, 0.85), 2))):
        x = _inputs(rng)
        call = steps(_made(ratio), call_text("layer.forward", x))
        _expect_share(_kept(_layer(student, ratio).forward(x), x, call),
                      0.5 if ratio is None else ratio, call)


@check("fresh_mask")
def test_every_call_draws_a_new_mask(student, rng):
    x = _inputs(rng)
    layer = student.Dropout(0.5)
    call = steps(_made(0.5), call_text("layer.forward", x), call_text("layer.forward", x))
    first = _kept(layer.forward(x), x, call)
    second = _kept(layer.forward(x), x, call)
    if np.array_equal(first, second):
        fail(_("{call}: both calls dropped exactly the same units. Every training step must "
               "draw a new mask, so that no unit can count on any other.").format(call=call),
             hint="fresh_mask")


@check("test_scaling")
def test_test_mode_scales_every_unit(student, rng):
    for ratio in (None, float(np.round(rng.uniform(0.1, 0.9), 2))):
        x = _inputs(rng, (4, 5))
        call = steps(_made(ratio), call_text("layer.forward", x, train_flg=False))
        got = _layer(student, ratio).forward(x, train_flg=False)
        want = x * (1.0 - (0.5 if ratio is None else ratio))
        if isinstance(got, np.ndarray) and got.shape == x.shape and np.allclose(got, x):
            fail(_("{call} returned x unchanged. In training only a share 1 - dropout_ratio of "
                   "the units is on; at test time all of them are, so the book scales the "
                   "outputs by 1 - dropout_ratio to keep their total the same.").format(
                call=call), reveal(_("Expected: {want}").format(want=show(want))),
                hint="test_scale")
        expect_close(got, want, call=call)


@check("backward_mask")
def test_backward_follows_the_mask(student, rng):
    x = _inputs(rng)
    dout = _inputs(rng)
    layer = student.Dropout(0.4)
    forward = call_text("layer.forward", x)
    kept = _kept(layer.forward(x), x, steps(_made(0.4), forward))
    call = steps(_made(0.4), forward, call_text("layer.backward", dout))
    got = layer.backward(dout)
    if isinstance(got, np.ndarray) and got.shape == dout.shape and np.allclose(got, dout):
        fail(_("{call} returned dout unchanged: a dropped unit did not take part in forward, "
               "so no gradient flows back through it.").format(call=call), hint="backward_mask")
    expect_close(got, np.where(kept, dout, 0.0), call=call, hint="backward_mask")
