"""Hidden checks for ch07.conv_layers: Convolution and Pooling, made in the worker and driven by
handle (forward, then backward). Results are held to the reference layers and, for every
gradient, to central differences of the grader's own direct convolution and pooling. The
usual mistakes are recognised by computing them here: a missing bias, a flipped filter, a
transposed filter reshape, outputs in the wrong axis order, db not summed over the windows,
average pooling, the pooling gradient sent to every pixel of the window."""

import numpy as np

from grader.checks.api import call_text, check, fail, reveal
from grader.i18n import N_, _

from . import (
    Named,
    brief,
    calling,
    convolve,
    expect_gradient,
    expect_images,
    max_pool,
    numerical_gradient,
    steps,
    with_shapes,
)


def _normal(rng, *shape):
    return np.round(rng.normal(size=shape), 2)


def _same(got, want) -> bool:
    try:
        return np.shape(got) == np.shape(want) and bool(np.allclose(got, want))
    except (TypeError, ValueError):
        return False


# ---------------------------------------------------------------------- Convolution


class ConvCase:
    """Random x, W, b and dout for one convolution, the learner's layer and the reference's
    after forward (and backward when asked), and the text of the calls."""

    def __init__(self, rng, x_shape, w_shape, stride=1, pad=0):
        self.x, self.W = _normal(rng, *x_shape), _normal(rng, *w_shape)
        self.b = _normal(rng, w_shape[0])
        self.stride, self.pad = stride, pad
        self.names = [Named("W", self.W), Named("b", self.b), Named("x", self.x)]
        self.made = call_text("layer = Convolution", *self.names[:2], stride=stride, pad=pad)

    def text(self, *calls: str) -> str:
        return with_shapes(steps(self.made, *calls), *self.names)

    def forward(self, student, ref, hint=None):
        self.reference = ref.Convolution(self.W, self.b, stride=self.stride, pad=self.pad)
        call = self.text(call_text("layer.forward", self.names[2]))
        with calling(call, hint):
            self.layer = student.Convolution(self.W, self.b, stride=self.stride, pad=self.pad)
            got = self.layer.forward(self.x)
        return got, self.reference.forward(self.x), call

    def backward(self, student, ref, rng, hint=None):
        _got, want, _call = self.forward(student, ref, hint)
        self.dout = _normal(rng, *want.shape)
        self.names.append(Named("dout", self.dout))
        call = self.text(call_text("layer.forward", self.names[2]),
                         call_text("layer.backward", self.names[3]))
        with calling(call, hint):
            got = self.layer.backward(self.dout)
        return got, self.reference.backward(self.dout), call

    def numeric(self, name):
        """Central differences of sum(convolve(x, W, b) * dout) in x, W or b."""
        values = {"x": self.x, "W": self.W, "b": self.b}

        def f(value):
            args = {**values, name: value}
            return float(np.sum(convolve(args["x"], args["W"], args["b"], self.stride,
                                         self.pad) * self.dout))

        return numerical_gradient(f, values[name])


CONV_MISTAKES = {
    "no_bias": N_("It is the expected result without the bias: add b[f] to every value of "
                  "filter f's output map."),
    "flipped": N_("It is the convolution with every filter turned upside down and left to "
                  "right, as in signal processing. The layers of the book do not flip the "
                  "filter: each output is the plain dot product of the filter with its "
                  "window."),
    "reshape_W": N_("The filters are mixed up: W.reshape(-1, FN) is not the transpose of "
                    "W.reshape(FN, -1). Reshape W to (FN, C·FH·FW), one filter per row, then "
                    "transpose it to get one filter per column."),
    "layout": N_("The values are right but the axes are not: the output should be (N, FN, "
                 "out_h, out_w), one map per filter. The product with im2col's rows is "
                 "(N·out_h·out_w, FN): reshape it to (N, out_h, out_w, FN), then transpose it "
                 "to (N, FN, out_h, out_w)."),
    "no_transpose": N_("The values are mixed up: the product (N·out_h·out_w, FN) was reshaped "
                       "straight to (N, FN, out_h, out_w). Reshape it to (N, out_h, out_w, FN) "
                       "first, then transpose the filter axis into second place."),
}


def _conv_mistakes(case, want):
    fn = case.W.shape[0]
    mixed = case.W.reshape(-1, fn).T.reshape(case.W.shape)
    return {
        "no_bias": want - case.b[:, None, None],
        "flipped": convolve(case.x, case.W[:, :, ::-1, ::-1], case.b, case.stride, case.pad),
        "reshape_W": convolve(case.x, mixed, case.b, case.stride, case.pad),
        "layout": want.transpose(0, 2, 3, 1),
        "no_transpose": want.transpose(0, 2, 3, 1).reshape(want.shape),
    }


MISTAKE_HINTS = {"no_bias": "conv_bias", "flipped": "conv_flipped", "reshape_W": "conv_filters",
                 "layout": "conv_layout", "no_transpose": "conv_layout"}


def _expect_conv_forward(got, want, case, call, hint):
    for mistake, value in _conv_mistakes(case, want).items():
        if _same(got, value) and not _same(value, want):
            returned = _("{call} returned {got}.").format(call=call, got=brief(got))
            if MISTAKE_HINTS[mistake] == "conv_layout":  # the expected values, misplaced
                returned = reveal(returned, instead=_("{call} returned shape {got}.").format(
                    call=call, got=np.shape(got)))
            fail(returned, _(CONV_MISTAKES[mistake]), hint=MISTAKE_HINTS[mistake])
    expect_images(got, want, call=call, hint=hint, shape_hint="conv_layout")


@check("conv_forward")
def test_convolution_forward(student, ref, rng):
    for x_shape, w_shape in (((2, 3, 5, 6), (4, 3, 3, 3)), ((1, 1, 4, 4), (2, 1, 2, 2)),
                             ((3, 2, 4, 5), (3, 2, 2, 3))):
        case = ConvCase(rng, x_shape, w_shape)
        got, want, call = case.forward(student, ref)
        _expect_conv_forward(got, want, case, call, "conv_forward")


@check("conv_stride_pad")
def test_convolution_stride_and_pad(student, ref, rng):
    for x_shape, w_shape, stride, pad in (((2, 2, 7, 7), (3, 2, 3, 3), 2, 0),
                                          ((2, 3, 5, 6), (2, 3, 3, 3), 1, 1),
                                          ((1, 2, 6, 7), (4, 2, 3, 2), 2, 2)):
        case = ConvCase(rng, x_shape, w_shape, stride, pad)
        got, want, call = case.forward(student, ref, "conv_stride_pad")
        if np.shape(got) == want.shape[:2] + convolve(case.x, case.W, case.b).shape[2:] \
                and not _same(got, want):
            fail(_("{call} returned shape {got}, as if stride were 1 and pad 0.").format(
                call=call, got=np.shape(got)),
                reveal(_("Expected: {want}").format(want=want.shape)),
                _("Hand stride and pad on to im2col, and use them for out_h and out_w."),
                hint="conv_stride_pad")
        _expect_conv_forward(got, want, case, call, "conv_stride_pad")


@check("conv_backward_dx")
def test_convolution_backward_dx(student, ref, rng):
    for x_shape, w_shape, stride, pad in (((2, 2, 5, 5), (3, 2, 3, 3), 1, 0),
                                          ((1, 3, 6, 5), (2, 3, 3, 2), 2, 1)):
        case = ConvCase(rng, x_shape, w_shape, stride, pad)
        got, want, call = case.backward(student, ref, rng, "conv_backward")
        rows = (int(np.prod(case.dout.shape)) // w_shape[0], int(np.prod(w_shape[1:])))
        if np.shape(got) == rows:
            fail(_("{call} returned shape {got}: the gradient of im2col's matrix, one row per "
                   "window. Turn it back into images with col2im, so that dx has the shape of "
                   "x, {shape}.").format(call=call, got=np.shape(got), shape=case.x.shape),
                 hint="conv_backward")
        expect_gradient(got, want, case.numeric("x"), call=call, hint="conv_backward")


def _db_mistake(value, want, case):
    """Why db is wrong, when it is one of the usual ways: not summed over the windows (or the
    batch), or averaged instead of summed."""
    if not isinstance(value, np.ndarray):
        return None
    n, fn, oh, ow = case.dout.shape
    if value.size > fn:
        return _("It has shape {got}: db must be summed over every window of every image, "
                 "down to one number per filter, shape ({fn},).").format(got=value.shape, fn=fn)
    if value.shape == want.shape and _same(value * n * oh * ow, want):
        return _("It is the mean over the windows; it should be their sum. The mean over the "
                 "batch is taken once, in SoftmaxWithLoss.")
    if value.shape == want.shape and _same(value * oh * ow, want):
        return _("It is summed over the images but averaged over the positions of the "
                 "filter; sum over both.")
    return None


@check("conv_backward_params")
def test_convolution_backward_dW_db(student, ref, rng):
    for x_shape, w_shape, stride, pad in (((2, 2, 5, 5), (3, 2, 3, 3), 1, 0),
                                          ((3, 1, 6, 5), (2, 1, 2, 3), 2, 1)):
        case = ConvCase(rng, x_shape, w_shape, stride, pad)
        _got, _want, call = case.backward(student, ref, rng, "conv_params_grad")
        for name in ("dW", "db"):
            where = _("{call}, then layer.{name}").format(call=call, name=name)
            with calling(where, "conv_params_grad"):
                value = getattr(case.layer, name)
            want = getattr(case.reference, name)
            numeric = case.numeric(name[1:])
            if name == "db":
                reason = _db_mistake(value, want, case)
                if reason:
                    fail(_("{where} is {got}.").format(where=where, got=brief(value)), reason,
                         hint="conv_db")
            elif _same(value, want.reshape(w_shape[0], -1).T.reshape(want.shape)):
                fail(_("{where} has the right numbers in the wrong places: col.T @ dout has "
                       "one column per filter, shape (C·FH·FW, FN). Transpose it to (FN, "
                       "C·FH·FW) before reshaping it to W's shape.").format(where=where),
                     hint="conv_dw_transpose")
            expect_gradient(value, want, numeric, call=where,
                            hint="conv_db" if name == "db" else "conv_params_grad")


# ---------------------------------------------------------------------- Pooling


def _distinct(rng, shape):
    """Values that are all different, at least 0.05 apart: no window has a tie, and central
    differences never make the maximum jump to another pixel."""
    size = int(np.prod(shape))
    values = (rng.permutation(size) - size / 2) * 0.05 + rng.uniform(-0.02, 0.02)
    return np.round(values, 3).reshape(shape)


class PoolCase:
    def __init__(self, x, ph, pw, stride):
        self.x, self.ph, self.pw, self.stride = x, ph, pw, stride
        self.names = [Named("x", x)]
        self.made = call_text("layer = Pooling", ph, pw, stride=stride)

    def text(self, *calls: str) -> str:
        return with_shapes(steps(self.made, *calls), *self.names)

    def forward(self, student, ref, hint=None):
        self.reference = ref.Pooling(self.ph, self.pw, stride=self.stride)
        call = self.text(call_text("layer.forward", self.names[0]))
        with calling(call, hint):
            self.layer = student.Pooling(self.ph, self.pw, stride=self.stride)
            got = self.layer.forward(self.x)
        return got, self.reference.forward(self.x), call

    def backward(self, student, ref, dout, hint=None):
        self.forward(student, ref, hint)
        self.dout = dout
        self.names.append(Named("dout", dout))
        call = self.text(call_text("layer.forward", self.names[0]),
                         call_text("layer.backward", self.names[1]))
        with calling(call, hint):
            got = self.layer.backward(dout)
        return got, self.reference.backward(dout), call

    def numeric(self):
        """Central differences of sum(max_pool(x) * dout) in x."""
        return numerical_gradient(
            lambda v: float(np.sum(max_pool(v, self.ph, self.pw, self.stride) * self.dout)),
            self.x)

    def spread(self, dout):
        """Each window's dout sent to every pixel of the window (summed where they overlap)."""
        dx = np.zeros(self.x.shape)
        s = self.stride
        for i in range(dout.shape[2]):
            for j in range(dout.shape[3]):
                dx[:, :, i * s:i * s + self.ph, j * s:j * s + self.pw] += \
                    dout[:, :, i, j][:, :, None, None]
        return dx


def _expect_pool_forward(got, want, case, call, hint, shape_hint="pool_layout"):
    average = max_pool(case.x, case.ph, case.pw, case.stride, reduce=np.mean)
    if _same(got, average) and not _same(average, want):
        fail(_("{call} returned {got}: the average of each window. Max pooling keeps the "
               "largest value of each window instead.").format(call=call, got=brief(got)),
             hint="pool_max")
    scrambled = want.transpose(0, 2, 3, 1).reshape(want.shape)
    if _same(got, scrambled) and not _same(scrambled, want):
        fail(_("{call} returned the right maxima in the wrong places: with im2col's rows "
               "ordered (image, output row, output column, channel), reshape the maxima to "
               "(N, out_h, out_w, C), then transpose them to (N, C, out_h, out_w).").format(
            call=call), hint="pool_layout")
    expect_images(got, want, call=call, hint=hint, shape_hint=shape_hint)


@check("pool_forward")
def test_pooling_forward(student, ref, rng):
    for shape in ((2, 3, 6, 6), (1, 2, 4, 8)):
        case = PoolCase(_distinct(rng, shape), 2, 2, 2)
        got, want, call = case.forward(student, ref)
        _expect_pool_forward(got, want, case, call, "pool_max")


@check("pool_windows")
def test_pooling_other_windows(student, ref, rng):
    for shape, ph, pw, stride in (((2, 2, 5, 5), 2, 2, 1), ((1, 3, 7, 7), 3, 3, 2),
                                  ((2, 1, 6, 6), 3, 2, 3)):
        case = PoolCase(_distinct(rng, shape), ph, pw, stride)
        got, want, call = case.forward(student, ref, "pool_windows")
        _expect_pool_forward(got, want, case, call, "pool_windows", "pool_windows")


@check("pool_backward")
def test_pooling_backward(student, ref, rng):
    for shape, ph, pw, stride in (((2, 2, 4, 6), 2, 2, 2), ((1, 2, 5, 5), 2, 2, 1),
                                  ((1, 1, 7, 7), 3, 3, 2)):
        case = PoolCase(_distinct(rng, shape), ph, pw, stride)
        out = max_pool(case.x, ph, pw, stride)
        got, want, call = case.backward(student, ref, _normal(rng, *out.shape), "pool_backward")
        spread = case.spread(case.dout)
        if _same(got, spread) and not _same(spread, want):
            fail(_("{call} returned {got}: every pixel of a window received the window's "
                   "gradient. Only the maximum went on to the next layer, so only its "
                   "position gets the gradient; the other pixels get 0.").format(
                call=call, got=brief(got)), hint="pool_argmax")
        if _same(got, spread / (ph * pw)) and not _same(spread / (ph * pw), want):
            fail(_("{call} returned {got}: the gradient of average pooling, shared out over "
                   "each window. Max pooling sends all of it to the position of the "
                   "maximum.").format(call=call, got=brief(got)), hint="pool_argmax")
        expect_gradient(got, want, case.numeric(), call=call, hint="pool_backward",
                        shape_hint="pool_backward")


@check("pool_ties")
def test_pooling_backward_on_ties(student, ref, rng):
    # small integers: many windows hold their maximum twice or more (after a ReLU, zeros tie)
    x = rng.integers(0, 3, (2, 2, 4, 4)).astype(float)
    case = PoolCase(x, 2, 2, 2)
    dout = _normal(rng, 2, 2, 2, 2)
    got, want, call = case.backward(student, ref, dout, "pool_ties")
    everywhere = case.spread(dout) * (x == np.kron(max_pool(x, 2, 2, 2), np.ones((2, 2))))
    if _same(got, everywhere) and not _same(everywhere, want):
        fail(_("{call} returned {got}: where a window holds its maximum more than once, "
               "every copy received the gradient. Send it to one position only, the first "
               "(as np.argmax chooses), or the gradient is counted twice.").format(
            call=call, got=brief(got)), hint="pool_ties")
    expect_images(got, want, call=call, hint="pool_ties")
