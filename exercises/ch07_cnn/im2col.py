"""Chapter 7: im2col turns every window a filter sees into one row of a matrix, so that a whole
convolution becomes one matrix product; col2im is its adjoint, and carries gradients back.

Run `grade show ch07.im2col` for the full statement, `grade ch07.im2col` to check your work and
`grade hint ch07.im2col` when you are stuck.
"""

import numpy as np


def conv_output_size(input_size, filter_size, stride=1, pad=0):
    """How many positions a filter takes along one axis (an int)."""
    # TODO: the padded input is input_size + 2·pad pixels long. The filter's first position
    #       starts at pixel 0, each next one `stride` pixels further, and the filter must fit
    #       entirely inside: out = ⌊(input_size + 2·pad − filter_size) / stride⌋ + 1.
    #       Use integer (floor) division, so that the result can be used as a shape.
    raise NotImplementedError


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    """(N, C, H, W) images -> (N*out_h*out_w, C*filter_h*filter_w): one row per window.

    Rows go sample by sample, then output row, then output column; each row holds its window
    channel by channel, then filter row, then filter column (the order of W.reshape(FN, -1)).
    """
    # TODO: out_h and out_w from conv_output_size. Pad the images with `pad` zeros on every
    #       side of the last two axes only (np.pad with a pad width per axis: none for N and C).
    # TODO: the window at output position (i, j) covers the padded rows i·stride ...
    #       i·stride + filter_h − 1 and the columns j·stride ... j·stride + filter_w − 1.
    #       Looping over every window would be slow. Loop instead over the filter_h × filter_w
    #       positions (y, x) inside the filter: the pixel at offset (y, x) of every window is
    #       the slice of rows y, y + stride, ... (out_h of them) and columns x, x + stride, ...
    #       (out_w of them), for all N images and C channels at once.
    #       Gather these slices into an array of shape (N, C, filter_h, filter_w, out_h, out_w)
    #       (or directly (N, out_h, out_w, C, filter_h, filter_w)).
    # TODO: put the axes in the order of the result, (N, out_h, out_w, C, filter_h, filter_w),
    #       with transpose, then reshape to (N·out_h·out_w, C·filter_h·filter_w).
    raise NotImplementedError


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    """The adjoint of im2col: each row of col is added back onto the window it came from, so
    where windows overlap their values sum. Returns an array of input_shape (N, C, H, W)."""
    # TODO: undo im2col's last steps: reshape col to (N, out_h, out_w, C, filter_h, filter_w)
    #       and transpose it back to the axis order you gathered into.
    # TODO: start from zeros of the padded shape (N, C, H + 2·pad, W + 2·pad). For each
    #       offset (y, x) inside the filter, ADD the values back onto the same strided slice
    #       that im2col read: a pixel covered by k windows receives k contributions, and each
    #       of them counts (this is how the gradients of overlapping windows add up).
    # TODO: cut the padding off: keep rows pad ... pad + H − 1 and columns pad ... pad + W − 1.
    raise NotImplementedError
