"""Chapter 7: the convolution and max-pooling layers. Convolution is im2col and one matrix
product (col2im on the way back); pooling takes, for each position inside the window, the
pixel at that offset in every window at once, and keeps the largest."""

from functools import reduce

import numpy as np

from .im2col import _padded, col2im, conv_output_size, im2col


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        """W: filters (FN, C, FH, FW), b: (FN,), used as they are (not copied), like Affine's."""
        self.W, self.b, self.stride, self.pad = W, b, stride, pad
        self.dW = self.db = None

    def forward(self, x):
        """x: (N, C, H, W) -> (N, FN, out_h, out_w): each filter's dot product with every
        window, plus its bias."""
        fn, _c, fh, fw = self.W.shape
        n, _c, h, w = x.shape
        out_h = conv_output_size(h, fh, self.stride, self.pad)
        out_w = conv_output_size(w, fw, self.stride, self.pad)
        self.x_shape = x.shape
        # the windows of each image as rows, (N, out_h*out_w, C*FH*FW), times the filters as
        # rows of W: one (FN, out_h*out_w) map per image, already in the order of the output
        self.col = im2col(x, fh, fw, self.stride, self.pad).reshape(n, out_h * out_w, -1)
        out = self.W.reshape(fn, -1) @ self.col.transpose(0, 2, 1)
        out += self.b[:, None]
        return out.reshape(n, fn, out_h, out_w)

    def backward(self, dout, dx=True):
        """dout: (N, FN, out_h, out_w). Keeps dW (like W) and db (FN,), both summed over every
        window of every image; returns dx like x (or None with dx=False, beyond the book: the
        first layer of a network has nothing below it to pass dx to)."""
        fn, _c, fh, fw = self.W.shape
        dout = dout.reshape(len(dout), fn, -1)  # (N, FN, out_h*out_w)
        self.db = dout.sum(axis=(0, 2))
        self.dW = (dout @ self.col).sum(axis=0).reshape(self.W.shape)
        if not dx:
            return None
        dcol = dout.transpose(0, 2, 1) @ self.W.reshape(fn, -1)  # (N, out_h*out_w, C*FH*FW)
        return col2im(dcol, self.x_shape, fh, fw, self.stride, self.pad)


class Pooling:
    def __init__(self, pool_h, pool_w, stride=2, pad=0):
        """Max pooling over pool_h × pool_w windows, channel by channel."""
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad

    def _offsets(self, img, out_h, out_w):
        """For each position (y, x) inside the window, in the order of im2col's columns: the
        pixel at that offset in every window, (N, C, out_h, out_w), as a view of img."""
        s = self.stride
        return [img[:, :, y:y + s * out_h:s, x:x + s * out_w:s]
                for y in range(self.pool_h) for x in range(self.pool_w)]

    def forward(self, x):
        """x: (N, C, H, W) -> (N, C, out_h, out_w), the largest value of each window; keeps
        where it was (the first one on a tie, as argmax would)."""
        _n, _c, h, w = self.x_shape = x.shape
        out_h = conv_output_size(h, self.pool_h, self.stride, self.pad)
        out_w = conv_output_size(w, self.pool_w, self.stride, self.pad)
        candidates = self._offsets(_padded(x, self.pad), out_h, out_w)
        out = reduce(np.maximum, candidates)
        # arg_max[...] = the first offset holding the maximum (multiplying by masks, rather
        # than np.where, keeps it free of branches: several times faster)
        self.arg_max = np.zeros(out.shape, dtype=np.int8)
        found = np.zeros(out.shape, dtype=bool)
        for k, candidate in enumerate(candidates):
            first = (candidate == out) & ~found
            self.arg_max += np.int8(k) * first
            found |= first
        return out

    def backward(self, dout):
        """Each window's gradient goes to the position of its maximum, and nowhere else; where
        windows overlap, what they send adds up."""
        n, c, h, w = self.x_shape
        dx = np.zeros((n, c, h + 2 * self.pad, w + 2 * self.pad), dtype=dout.dtype)
        for k, target in enumerate(self._offsets(dx, *dout.shape[2:])):
            target += dout * (self.arg_max == k)
        return dx[:, :, self.pad:self.pad + h, self.pad:self.pad + w]
