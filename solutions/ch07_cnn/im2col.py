"""Chapter 7: im2col turns every window a filter sees into one row of a matrix, so that a whole
convolution becomes one matrix product; col2im is its adjoint, and carries gradients back."""

import numpy as np


def conv_output_size(input_size, filter_size, stride=1, pad=0):
    """How many positions a filter takes along one axis: (input + 2 pad - filter) // stride + 1."""
    return (input_size + 2 * pad - filter_size) // stride + 1


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    """(N, C, H, W) images -> (N*out_h*out_w, C*filter_h*filter_w): one row per window.

    Rows go sample by sample, then output row, then output column; each row holds its window
    channel by channel, then filter row, then filter column (the order of W.reshape(FN, -1)).
    """
    n, c, h, w = input_data.shape
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.empty((n, out_h, out_w, c, filter_h, filter_w), dtype=img.dtype)
    # One slice per position (y, x) inside the filter, not one per window: the pixel at that
    # offset in every window of every image at once, every stride-th row and column.
    for y in range(filter_h):
        for x in range(filter_w):
            seen = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
            col[..., y, x] = seen.transpose(0, 2, 3, 1)  # shape (N, out_h, out_w, C)
    return col.reshape(n * out_h * out_w, -1)


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    """The adjoint of im2col: each row of col is added back onto the window it came from, so
    where windows overlap their values sum. Returns an array of input_shape (N, C, H, W)."""
    n, c, h, w = input_shape
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    col = col.reshape(n, out_h, out_w, c, filter_h, filter_w)
    img = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=col.dtype)
    for y in range(filter_h):
        for x in range(filter_w):
            seen = img[:, :, y:y + stride * out_h:stride, x:x + stride * out_w:stride]
            seen += col[..., y, x].transpose(0, 3, 1, 2)  # shape (N, C, out_h, out_w)
    return img[:, :, pad:pad + h, pad:pad + w]
