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
        # TODO: y = x where x > 0, and 0 elsewhere, in a new array (x itself must not change).
        #       Keep on the layer a boolean mask of where x <= 0 (self.mask): no gradient flows
        #       back through a unit that was off, and backward needs to know which ones.
        raise NotImplementedError

    def backward(self, dout):
        """dout: like x -> dx, like x: dout where x > 0, else 0 (at exactly 0 too)."""
        # TODO: ReLU's slope is 1 where x > 0 and 0 elsewhere (the book takes 0 at exactly
        #       x = 0), so ∂L/∂x is dout where the unit was on and 0 where the mask kept by
        #       forward says it was off. Return a new array: the caller's dout must not change.
        raise NotImplementedError


class Sigmoid:
    def forward(self, x):
        """1 / (1 + exp(-x)) elementwise; keeps the output. x: any shape -> same shape."""
        # TODO: y = 1 / (1 + exp(-x)), element by element, as in chapter 3. Keep y on the layer
        #       (self.out): backward needs only this output, not x.
        raise NotImplementedError

    def backward(self, dout):
        """dout: like x -> dx = dout * y * (1 - y), where y is the output of forward."""
        # TODO: the sigmoid's derivative can be written with its own output y (kept by
        #       forward): dy/dx = y·(1 - y). By the chain rule, ∂L/∂x = dout·y·(1 - y),
        #       element by element.
        raise NotImplementedError


class Affine:
    def __init__(self, W, b):
        """W: (D, M), b: (M,). Keep them as they are (no copy): a training step changes the
        network's parameters in place, and this layer must see the change."""
        # TODO: keep W and b on the layer as they are, and start self.dW and self.db at None:
        #       backward fills them in.
        raise NotImplementedError

    def forward(self, x):
        """x: (N, D), or (N, d1, d2, ...) with d1 * d2 * ... = D -> x @ W + b, (N, M)."""
        # TODO: out = x·W + b, shape (N, M). An input of shape (N, d1, d2, ...) is first
        #       flattened into one row per sample, (N, D). Keep both the original shape (dx must
        #       get it back) and the flattened x (dW is computed from it).
        raise NotImplementedError

    def backward(self, dout):
        """dout: (N, M) -> dx shaped like the input of forward; keeps dW (D, M), db (M,)."""
        # TODO: with out = x·W + b and dout = ∂L/∂out, of shape (N, M):
        #           ∂L/∂W = xᵀ·dout      (D, N)·(N, M) → (D, M), the shape of W
        #           ∂L/∂b = Σₙ doutₙ     b was added to every row: add up the rows, (M,)
        #           ∂L/∂x = dout·Wᵀ      (N, M)·(M, D) → (N, D)
        #       Keep the first two as self.dW and self.db; return the third in the shape the
        #       input had before it was flattened.
        raise NotImplementedError


class SoftmaxWithLoss:
    def forward(self, x, t):
        """x: scores (N, C); t: one-hot (N, C) or labels (N,) -> the mean cross-entropy,
        a number."""
        # TODO: y = softmax(x), then L = the cross-entropy error of y against t (both
        #       functions are imported above). Keep y and t on the layer: backward needs them.
        raise NotImplementedError

    def backward(self, dout=1):
        """dout: a number (1 for the loss itself) -> dx, (N, C) = dout * (y - t) / N."""
        # TODO: softmax followed by the mean cross-entropy has a remarkably simple gradient
        #       with respect to the scores:
        #           ∂L/∂x = dout·(y - t) / N       N rows, t one-hot
        #       (the loss is a mean over the rows, hence the division by N). With labels t (N,),
        #       y - t is y with 1 taken off at the right class of each row. The kept y must not
        #       change: work on a new array.
        raise NotImplementedError
