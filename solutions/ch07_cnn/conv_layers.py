"""Chapter 7: the convolution and max-pooling layers. Convolution is im2col and one matrix
product (col2im on the way back); pooling takes, for each offset inside the window, the pixel
at that offset in every window at once, and keeps the largest."""

import numpy as np

from .im2col import col2im, conv_output_size, im2col


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
        self.col = im2col(x, fh, fw, self.stride, self.pad)  # one window per row
        self.col_W = self.W.reshape(fn, -1).T  # one filter per column (a view of W)
        out = self.col @ self.col_W + self.b  # shape (N*out_h*out_w, FN)
        return out.reshape(n, out_h, out_w, fn).transpose(0, 3, 1, 2)

    def backward(self, dout, dx=True):
        """dout: (N, FN, out_h, out_w). Keeps dW (like W) and db (FN,), both summed over every
        window of every image; returns dx like x (or None with dx=False, beyond the book: the
        first layer of a network has nothing below it to pass dx to)."""
        fn, _c, fh, fw = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)  # the rows of forward's product
        self.db = dout.sum(axis=0)
        self.dW = (self.col.T @ dout).T.reshape(self.W.shape)
        if not dx:
            return None
        dcol = dout @ self.col_W.T
        return col2im(dcol, self.x_shape, fh, fw, self.stride, self.pad)


class Pooling:
    def __init__(self, pool_h, pool_w, stride=2, pad=0):
        """Max pooling over pool_h × pool_w windows, channel by channel."""
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad

    def offsets(self, img, out_h, out_w):
        """For each offset (y, x) inside the window, row by row (as im2col orders a window):
        the pixel at that offset in every window, (N, C, out_h, out_w), a view of img."""
        s = self.stride
        return [img[:, :, y:y + s * out_h:s, x:x + s * out_w:s]
                for y in range(self.pool_h) for x in range(self.pool_w)]

    def forward(self, x):
        """x: (N, C, H, W) -> (N, C, out_h, out_w), the largest value of each window; keeps
        the offset where it was (the first one on a tie, as np.argmax would)."""
        _n, _c, h, w = self.x_shape = x.shape
        out_h = conv_output_size(h, self.pool_h, self.stride, self.pad)
        out_w = conv_output_size(w, self.pool_w, self.stride, self.pad)
        if self.pad:
            x = np.pad(x, [(0, 0), (0, 0), (self.pad, self.pad), (self.pad, self.pad)])
        candidates = self.offsets(x, out_h, out_w)
        out = candidates[0]
        for candidate in candidates[1:]:
            out = np.maximum(out, candidate)
        # From the last offset to the first, each one that holds the maximum takes the place
        # of the one kept so far, so the first wins. Products with the masks, not np.where:
        # np.where branches at every element, and is several times slower.
        self.arg_max = np.zeros(out.shape, dtype=np.int8)
        for k in reversed(range(len(candidates))):
            holds = candidates[k] == out
            self.arg_max *= ~holds
            self.arg_max += np.int8(k) * holds
        return out

    def backward(self, dout):
        """Each window's gradient goes to the position of its maximum, and nowhere else; where
        windows overlap, what they send adds up."""
        n, c, h, w = self.x_shape
        dx = np.zeros((n, c, h + 2 * self.pad, w + 2 * self.pad), dtype=dout.dtype)
        for k, target in enumerate(self.offsets(dx, *dout.shape[2:])):
            target += dout * (self.arg_max == k)
        return dx[:, :, self.pad:self.pad + h, self.pad:self.pad + w]
