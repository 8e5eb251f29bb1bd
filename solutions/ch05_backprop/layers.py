"""Chapter 5: the layers of a network, each with forward (compute and remember) and backward
(turn the gradient of the output into gradients of the input and the parameters)."""

import numpy as np

from ..ch03_neural_network.softmax import softmax
from ..ch04_learning.losses import cross_entropy_error


class Relu:
    def forward(self, x):
        """max(0, x) elementwise; remembers where x <= 0 (there, nothing flows back)."""
        self.mask = x <= 0
        return np.maximum(x, 0)

    def backward(self, dout):
        """dout where x > 0, else 0 (at exactly 0 too, as in the book). A product with the
        mask, not np.where: where the mask is random, as after a convolution, np.where
        branches at every element and is several times slower."""
        return dout * ~self.mask


class Sigmoid:
    def forward(self, x):
        """1 / (1 + exp(-x)); keeps the output y, which is all backward needs."""
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        """dy/dx = y (1 - y), so dx = dout * y * (1 - y)."""
        return dout * self.out * (1 - self.out)


class Affine:
    def __init__(self, W, b):
        """W: (D, M), b: (M,), used as they are (not copied): a training step that changes
        the network's parameters in place changes them here too."""
        self.W, self.b = W, b
        self.dW = self.db = None

    def forward(self, x):
        """x: (N, ...) is flattened to (N, D); returns x @ W + b, shape (N, M)."""
        self.x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return self.x @ self.W + self.b

    def backward(self, dout, dx=True):
        """dout: (N, M). Keeps dW = xᵀ dout (D, M) and db = dout summed over the batch (M,);
        returns dx = dout Wᵀ, shaped like the input of forward (or None with dx=False, beyond
        the book: a network's first layer has nothing below it to pass dx to)."""
        self.dW = self.x.T @ dout
        self.db = dout.sum(axis=0)
        return (dout @ self.W.T).reshape(self.x_shape) if dx else None


class SoftmaxWithLoss:
    def forward(self, x, t):
        """x: scores (N, C); t: one-hot (N, C) or labels (N,). Returns the mean cross-entropy
        of softmax(x), keeping the probabilities y and the targets."""
        self.y, self.t = softmax(x), t
        return cross_entropy_error(self.y, t)

    def backward(self, dout=1):
        """dout * (y - t) / N: softmax and cross-entropy together have this simple gradient."""
        batch_size = self.y.shape[0]
        if self.t.size == self.y.size:  # one-hot targets
            dx = self.y - self.t
        else:  # labels: subtract 1 at the right class of each row
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
        return dx * (dout / batch_size)
