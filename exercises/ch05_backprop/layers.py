"""Chapter 5: the layers of a network, each with forward (compute and remember) and backward
(turn the gradient of the output into gradients of the input and the parameters).

Run `grade show ch05.layers` for the full statement, `grade ch05.layers` to check your work and
`grade hint ch05.layers` when you are stuck.
"""

import numpy as np

from ..ch03_neural_network.softmax import softmax
from ..ch04_learning.losses import cross_entropy_error


class Relu:
    def forward(self, x):
        """max(0, x) elementwise; remembers where x <= 0 (there, nothing flows back).
        x: any shape -> same shape."""
        # TODO: self.mask = (x <= 0)   a boolean array: True where the unit is off.
        #       Return a new array equal to x with 0 wherever the mask is True
        #       (out = x.copy(); out[self.mask] = 0), leaving x itself unchanged.
        raise NotImplementedError

    def backward(self, dout):
        """dout: like x -> dx, like x: dout where x > 0, else 0 (at exactly 0 too)."""
        # TODO: ReLU's slope is 1 where x > 0 and 0 elsewhere (the book takes 0 at exactly
        #       x = 0). So dx is dout with 0 wherever self.mask is True:
        #       dx = dout.copy(); dx[self.mask] = 0; return dx
        raise NotImplementedError


class Sigmoid:
    def forward(self, x):
        """1 / (1 + exp(-x)) elementwise; keeps the output. x: any shape -> same shape."""
        # TODO: self.out = 1 / (1 + np.exp(-x)); return self.out
        #       backward needs only this output y, not x.
        raise NotImplementedError

    def backward(self, dout):
        """dout: like x -> dx = dout * y * (1 - y), where y is the output of forward."""
        # TODO: the derivative of the sigmoid is y (1 - y), with y = self.out. Multiply it
        #       by the gradient arriving from above: return dout * self.out * (1 - self.out)
        raise NotImplementedError


class Affine:
    def __init__(self, W, b):
        """W: (D, M), b: (M,). Keep them as they are (no copy): a training step changes the
        network's parameters in place, and this layer must see the change."""
        # TODO: self.W = W; self.b = b; and set self.dW = self.db = None for now
        #       (backward fills them in).
        raise NotImplementedError

    def forward(self, x):
        """x: (N, D), or (N, d1, d2, ...) with d1 * d2 * ... = D -> x @ W + b, (N, M)."""
        # TODO: remember the original shape (self.x_shape = x.shape), then flatten each
        #       sample into one row: self.x = x.reshape(x.shape[0], -1), shape (N, D).
        #       Return self.x @ self.W + self.b
        raise NotImplementedError

    def backward(self, dout):
        """dout: (N, M) -> dx shaped like the input of forward; keeps dW (D, M), db (M,)."""
        # TODO: with out = x @ W + b:
        #       self.dW = self.x.T @ dout     (D, N) @ (N, M) -> (D, M), the shape of W
        #       self.db = dout.sum(axis=0)    b was added to every row: add up the rows' gradients
        #       dx = dout @ self.W.T          (N, M) @ (M, D) -> (N, D)
        #       return dx.reshape(self.x_shape)   the shape the input had before flattening
        raise NotImplementedError


class SoftmaxWithLoss:
    def forward(self, x, t):
        """x: scores (N, C); t: one-hot (N, C) or labels (N,) -> the mean cross-entropy,
        a number."""
        # TODO: turn the scores into probabilities and keep them with the targets:
        #       self.y = softmax(x); self.t = t
        #       return cross_entropy_error(self.y, self.t)
        raise NotImplementedError

    def backward(self, dout=1):
        """dout: a number (1 for the loss itself) -> dx, (N, C) = dout * (y - t) / N."""
        # TODO: softmax followed by cross-entropy has the gradient (y - t) / N with respect to
        #       the scores; the loss is a mean over the N rows, hence the division by N.
        #       N = self.y.shape[0]. If t is one-hot (t.size == y.size): dx = self.y - self.t.
        #       If t holds labels, subtract 1 at each row's right class instead:
        #       dx = self.y.copy(); dx[np.arange(N), self.t] -= 1
        #       return dx * dout / N
        raise NotImplementedError
