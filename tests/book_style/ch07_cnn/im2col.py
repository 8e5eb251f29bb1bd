"""im2col and col2im the way the book computes them (its common/util.py), rewritten here from
its description: a zero-filled float64 array of shape (N, C, FH, FW, out_h, out_w) filled one
filter offset at a time from the padded images, then turned into rows; col2im adds the same
slices back into a padded image (with the book's spare `stride - 1` rows and columns) and cuts
the padding off. The book has no conv_output_size; it is written here in the same spirit."""

import numpy as np


def conv_output_size(input_size, filter_size, stride=1, pad=0):
    return (input_size + 2 * pad - filter_size) / stride + 1


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    padded = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")

    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for dy in range(filter_h):
        for dx in range(filter_w):
            col[:, :, dy, dx] = padded[:, :, dy:dy + stride * out_h:stride,
                                       dx:dx + stride * out_w:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)

    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1))
    for dy in range(filter_h):
        for dx in range(filter_w):
            img[:, :, dy:dy + stride * out_h:stride, dx:dx + stride * out_w:stride] += \
                col[:, :, dy, dx]
    return img[:, :, pad:H + pad, pad:W + pad]
