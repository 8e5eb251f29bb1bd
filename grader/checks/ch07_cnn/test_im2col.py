"""Hidden checks for ch07.im2col: conv_output_size on the book's sizes, im2col's shape and the
order of its rows and columns against the reference (with the usual mistakes recognised by
rearranging the reference's own answer), then col2im: overlaps that add up (a column of ones
counts how many windows cover each pixel), stride and padding cut off."""

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import N_, _

from . import Named, brief, calling, expect_images, output_size, with_shapes


def _image(rng, shape):
    """Random pixels with two decimals: failures that are easy to read."""
    return np.round(rng.normal(size=shape), 2)


def _im2col(student, ref, x, fh, fw, stride=1, pad=0, hint=None):
    """The learner's im2col and the reference's on x, and the call that made them."""
    named = Named("x", x)
    call = with_shapes(call_text("im2col", named, fh, fw, stride=stride, pad=pad), named)
    with calling(call, hint):
        got = student.im2col(x, fh, fw, stride=stride, pad=pad)
    return got, ref.im2col(x, fh, fw, stride=stride, pad=pad), call


def _same(got, want) -> bool:
    try:
        return np.shape(got) == np.shape(want) and bool(np.allclose(got, want))
    except (TypeError, ValueError):
        return False


@check("output_size_values")
def test_conv_output_size(student):
    # sizes where the stride divides evenly: the book's version (true division) gives them too
    for args, want in (((7, 5), 3), ((28, 5), 24), ((28, 5, 1, 2), 28), ((7, 3, 2, 1), 4),
                       ((24, 2, 2), 12), ((6, 3, 3), 2), ((5, 3, 1, 1), 5)):
        call = call_text("conv_output_size", *args)
        with calling(call):
            got = student.conv_output_size(*args)
        if not isinstance(got, (int, float, np.integer, np.floating)) or got != want:
            fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                 reveal(_("Expected: {want}").format(want=want)))


@check("im2col_shape")
def test_im2col_shape(student, ref, rng):
    cases = [((1, 3, 7, 7), 5, 5), ((10, 3, 7, 7), 5, 5),
             ((int(rng.integers(2, 4)), 2, 6, 5), 3, 2)]
    for shape, fh, fw in cases:
        got, want, call = _im2col(student, ref, _image(rng, shape), fh, fw)
        n, c, h, w = shape
        if np.shape(got) != want.shape:
            fail(_("{call} returned shape {got}; for N = {n} images of C = {c} channels and a "
                   "{fh}×{fw} filter, it should be (N·out_h·out_w, C·FH·FW) = {want}: one row "
                   "per window, one column per pixel of the window.").format(
                call=call, got=np.shape(got), n=n, c=c, fh=fh, fw=fw, want=want.shape))


def _rearranged(want, shape, fh, fw, stride, pad):
    """The reference's rows and columns put in the orders of the usual mistakes."""
    n, c, h, w = shape
    oh, ow = output_size(h, fh, stride, pad), output_size(w, fw, stride, pad)
    cube = want.reshape(n, oh, ow, c, fh, fw)
    return {
        "columns": cube.transpose(0, 1, 2, 4, 5, 3).reshape(want.shape),  # (FH, FW, C)
        "filter_axes": cube.transpose(0, 1, 2, 3, 5, 4).reshape(want.shape),  # FW before FH
        "rows": cube.transpose(0, 2, 1, 3, 4, 5).reshape(want.shape),  # out_w before out_h
        "samples": cube.transpose(1, 2, 0, 3, 4, 5).reshape(want.shape),  # samples last
    }


ORDER_MISTAKES = {
    "columns": N_("The values are right, but the columns are in another order: each row should "
                 "hold its window channel by channel (all of channel 0, then channel 1...), and "
                 "inside a channel row by row, the order of W.reshape(FN, -1). Yours goes "
                 "pixel by pixel with the channels innermost."),
    "filter_axes": N_("The values are right, but inside each channel the window is read column "
                     "by column; it should be read row by row (filter row, then filter "
                     "column), as W.reshape(FN, -1) reads a filter."),
    "rows": N_("The values are right, but the rows are in another order: the windows of an "
              "image should go along the first output row, then the second, and so on (output "
              "row, then output column); yours go column by column."),
    "samples": N_("The values are right, but the rows are in another order: all the windows of "
                 "the first image come first, then those of the second; yours interleave the "
                 "images."),
}


def _expect_im2col(got, want, call, shape, fh, fw, stride=1, pad=0, hint=None):
    if _same(got, want):
        return
    for mistake, arranged in _rearranged(want, shape, fh, fw, stride, pad).items():
        if _same(got, arranged):
            fail(_("{call} returned {got}.").format(call=call, got=show(got)),
                 _(ORDER_MISTAKES[mistake]), hint="im2col_order")
    if _same(got, want.T):
        fail(_("{call} returned an array of shape {got}: the transpose of the expected one. "
               "Each window should be a row, not a column.").format(call=call,
                                                                    got=np.shape(got)),
             hint="im2col_shape")
    expect_close(got, want, call=call, hint=hint, shape_hint="im2col_shape")


@check("im2col_values")
def test_im2col_values(student, ref, rng):
    for shape, fh, fw in (((2, 3, 5, 6), 3, 3), ((1, 2, 4, 5), 2, 3),
                          ((3, 1, 4, 4), 2, 2)):
        x = _image(rng, shape)
        got, want, call = _im2col(student, ref, x, fh, fw)
        _expect_im2col(got, want, call, shape, fh, fw)


@check("im2col_stride_pad")
def test_im2col_stride_and_pad(student, ref, rng):
    for shape, fh, fw, stride, pad in (((2, 2, 7, 7), 3, 3, 2, 0), ((2, 2, 5, 6), 3, 3, 1, 1),
                                       ((1, 3, 7, 8), 3, 2, 2, 1), ((2, 1, 4, 4), 5, 5, 1, 2)):
        x = _image(rng, shape)
        got, want, call = _im2col(student, ref, x, fh, fw, stride, pad, hint="stride_pad")
        n, c, h, w = shape
        if np.shape(got) != want.shape:
            unstrided = (n * output_size(h, fh, 1, pad) * output_size(w, fw, 1, pad), c * fh * fw)
            unpadded = (n * output_size(h, fh, stride) * output_size(w, fw, stride), c * fh * fw)
            reason = ""
            if stride > 1 and np.shape(got) == unstrided:
                reason = _("That is as many windows as with stride 1: the windows should start "
                           "every {stride} pixels.").format(stride=stride)
            elif pad > 0 and np.shape(got) == unpadded:
                reason = _("That is as many windows as without padding: the images should "
                           "first get a border of {pad} zeros on every side.").format(pad=pad)
            fail(_("{call} returned shape {got}.").format(call=call, got=np.shape(got)),
                 reveal(_("Expected: {want}").format(want=want.shape)), reason,
                 hint="stride_pad")
        _expect_im2col(got, want, call, shape, fh, fw, stride, pad, hint="stride_pad")


def _col2im(student, ref, col, shape, fh, fw, stride=1, pad=0, hint=None):
    named = Named("col", col)
    call = with_shapes(call_text("col2im", named, shape, fh, fw, stride=stride, pad=pad), named)
    with calling(call, hint):
        got = student.col2im(col, shape, fh, fw, stride=stride, pad=pad)
    return got, ref.col2im(col, shape, fh, fw, stride=stride, pad=pad), call


@check("col2im_sums_overlaps")
def test_col2im_adds_where_windows_overlap(student, ref, rng):
    # a column of ones first: col2im then counts the windows that cover each pixel
    for shape, fh, fw in (((1, 1, 4, 4), 3, 3), ((2, 2, 5, 6), 3, 2)):
        n, c, h, w = shape
        rows = n * output_size(h, fh) * output_size(w, fw)
        for col in (np.ones((rows, c * fh * fw)), _image(rng, (rows, c * fh * fw))):
            got, want, call = _col2im(student, ref, col, shape, fh, fw, hint="col2im_adds")
            if _same(got, np.minimum(want, 1)) and col.min() == 1:
                fail(_("{call} returned {got}: every pixel is 1, however many windows cover "
                       "it. Where windows overlap, their values must be added up, not "
                       "written over one another.").format(call=call, got=brief(got)),
                     reveal(_("Expected (the number of windows covering each pixel): {want}")
                            .format(want=brief(want))), hint="col2im_adds")
            expect_images(got, want, call=call, hint="col2im_adds", shape_hint="col2im_crop")


@check("col2im_stride_pad")
def test_col2im_stride_and_pad(student, ref, rng):
    for shape, fh, fw, stride, pad in (((2, 2, 6, 6), 2, 2, 2, 0), ((1, 2, 5, 5), 3, 3, 2, 1),
                                       ((2, 1, 4, 5), 3, 3, 1, 1)):
        n, c, h, w = shape
        rows = n * output_size(h, fh, stride, pad) * output_size(w, fw, stride, pad)
        col = _image(rng, (rows, c * fh * fw))
        got, want, call = _col2im(student, ref, col, shape, fh, fw, stride, pad,
                                  hint="col2im_crop")
        if pad and np.shape(got) == (n, c, h + 2 * pad, w + 2 * pad):
            fail(_("{call} returned shape {got}: the padded image. Cut the padding off (pad = "
                   "{pad} on each side), so that the result has the shape of the input, "
                   "{want}.").format(
                call=call, got=np.shape(got), pad=pad, want=shape), hint="col2im_crop")
        expect_images(got, want, call=call, hint="col2im_crop")
