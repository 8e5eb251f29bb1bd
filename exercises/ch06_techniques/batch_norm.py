"""Chapter 6: batch normalization, a layer that gives every feature of a batch mean 0 and
variance 1, then lets the network scale and shift it back (gamma, beta) as it learns.

Run `grade show ch06.batch_norm` for the full statement, `grade ch06.batch_norm` to check your
work and `grade hint ch06.batch_norm` when you are stuck.
"""

import numpy as np


class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        """gamma, beta: (D,), used as they are (a training step changes them in place).
        running_mean, running_var: what test mode normalises with; zeros of shape (D,) are
        made at the first forward when they are not given."""
        # TODO: keep gamma and beta themselves (no copies), momentum, running_mean and
        #       running_var; dgamma and dbeta are None until backward.
        raise NotImplementedError

    def forward(self, x, train_flg=True):
        """x: (N, D), or (N, C, H, W) flattened to (N, C*H*W) as the book does. Training
        normalises with the batch's own mean and variance and folds them into the running
        ones; test mode uses the running ones. Returns gamma * x̂ + beta, shaped like x."""
        # TODO: remember x's shape, and flatten each sample into a row: (N, D).
        #       If running_mean is None, start both running statistics as zeros of shape (D,).
        # TODO: training (train_flg true), per column, over the N rows (axis 0):
        #       μ = the mean, σ² = the mean of (x − μ)²
        #       x̂ = (x − μ) / √(σ² + ε), with a small ε such as 10e-7
        #       keep x̂ and √(σ² + ε) for backward, and update the running statistics:
        #       running_mean ← momentum · running_mean + (1 − momentum) · μ
        #       running_var  ← momentum · running_var  + (1 − momentum) · σ²
        # TODO: test mode: x̂ = (x − running_mean) / √(running_var + ε); nothing is updated.
        # TODO: return gamma · x̂ + beta, given back the shape x had.
        raise NotImplementedError

    def backward(self, dout):
        """dout: like x -> dx, like x; keeps dgamma and dbeta, (D,). Every x̂ depends on the
        whole batch through its mean and variance, hence the two averages taken away."""
        # TODO: flatten dout to (N, D) as forward flattened x.
        # TODO: sums over the batch (axis 0): dbeta = Σ dout, dgamma = Σ x̂ · dout
        # TODO: dx̂ = gamma · dout. μ and σ² depend on every x of the batch, so dx is not just
        #       dx̂ / √(σ² + ε); with the means taken over the batch:
        #       dx = (dx̂ − mean(dx̂) − x̂ · mean(dx̂ · x̂)) / √(σ² + ε)
        #       (the book gets the same by walking the graph back: dxn, dxc, dstd, dvar, dmu).
        #       Return dx in the shape x had.
        raise NotImplementedError
