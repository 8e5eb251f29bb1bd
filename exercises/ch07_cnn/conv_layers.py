"""Chapter 7: the convolution and max-pooling layers. Convolution is im2col and one matrix
product (col2im on the way back); pooling keeps the largest of the strided slices that hold
each offset of every window.

Run `grade show ch07.conv_layers` for the full statement, `grade ch07.conv_layers` to check
your work and `grade hint ch07.conv_layers` when you are stuck.
"""

import numpy as np

from .im2col import col2im, conv_output_size, im2col


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        """W: filters (FN, C, FH, FW), b: (FN,). Keep them as they are (no copy): a training
        step changes the network's parameters in place, and this layer must see the change."""
        # TODO: keep W, b, stride and pad on the layer, and set dW and db to None for now
        #       (backward fills them in).
        raise NotImplementedError

    def forward(self, x):
        """x: (N, C, H, W) -> (N, FN, out_h, out_w): each filter's dot product with every
        window, plus its bias."""
        # TODO: out_h and out_w from conv_output_size, with the layer's stride and pad.
        # TODO: the windows as rows: im2col(x, FH, FW, stride, pad), (N·out_h·out_w, C·FH·FW).
        #       The filters as columns: W reshaped to (FN, C·FH·FW), one filter per row (the
        #       same pixel order as im2col's rows), then transposed to (C·FH·FW, FN).
        # TODO: out = rows × columns + b, shape (N·out_h·out_w, FN): entry (window, f) is the
        #       dot product of filter f with that window, plus b[f].
        # TODO: the rows are ordered (image, output row, output column): reshape out to
        #       (N, out_h, out_w, FN), then move the filter axis into second place (transpose)
        #       to get (N, FN, out_h, out_w).
        # TODO: keep what backward needs: x's shape, the im2col matrix and the filter columns.
        raise NotImplementedError

    def backward(self, dout):
        """dout: (N, FN, out_h, out_w) -> dx like x; keeps dW (FN, C, FH, FW) and db (FN,)."""
        # TODO: undo forward's last step: put dout into the product's layout,
        #       (N·out_h·out_w, FN), by moving the filter axis last and flattening the others.
        # TODO: the product col × col_W + b is an Affine layer on the im2col matrix, so:
        #         db = Σ over the rows of dout                     (FN,): every window counts
        #         dW = colᵀ × dout, (C·FH·FW, FN): transpose it to (FN, C·FH·FW), then
        #              reshape it to W's shape (FN, C, FH, FW)
        #         dcol = dout × col_Wᵀ                            (N·out_h·out_w, C·FH·FW)
        # TODO: col2im(dcol, x's shape, FH, FW, stride, pad) adds each window's gradient back
        #       onto its pixels: that is dx.
        raise NotImplementedError


class Pooling:
    def __init__(self, pool_h, pool_w, stride=2, pad=0):
        """Max pooling over pool_h × pool_w windows, channel by channel."""
        # TODO: keep pool_h, pool_w, stride and pad on the layer.
        raise NotImplementedError

    def forward(self, x):
        """x: (N, C, H, W) -> (N, C, out_h, out_w), the largest value of each window; keeps
        where it was (the first one on a tie, as argmax)."""
        # TODO: out_h and out_w from conv_output_size with the pool size, stride and pad
        #       (pad x with np.pad when pad is not 0, as im2col does).
        # TODO: for each offset (y, x) inside the window, row by row (pool_h · pool_w of
        #       them), the pixel at that offset in every window is one strided slice of x:
        #       rows y, y + stride, ... (out_h of them), columns x, x + stride, ... (out_w of
        #       them), for every image and channel at once, shape (N, C, out_h, out_w).
        #       (The book uses im2col instead, one window of one channel per row, then np.max
        #       and np.argmax along each row; either way is accepted, the slices are faster.)
        # TODO: the output is the elementwise maximum of these slices (np.maximum).
        # TODO: remember, for each window, the first offset k whose slice equals the maximum
        #       there (as np.argmax chooses on a tie): backward sends the gradient there.
        #       Keep x's shape too.
        raise NotImplementedError

    def backward(self, dout):
        """dout: (N, C, out_h, out_w) -> dx like x: each window's gradient goes to the position
        of its maximum; the other pixels get 0."""
        # TODO: start from zeros shaped like the padded x.
        # TODO: for each offset k, add dout, kept only where the maximum was at offset k, to the
        #       same strided slice as in forward (+=: where windows overlap, the gradients
        #       they send add up).
        # TODO: cut the padding off, and return dx.
        raise NotImplementedError
