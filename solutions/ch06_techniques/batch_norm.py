"""Chapter 6: batch normalization, a layer that gives every feature of a batch mean 0 and
variance 1, then lets the network scale and shift it back (gamma, beta) as it learns."""

import numpy as np

EPS = 1e-6  # the book's 10e-7: keeps the division finite for a feature that does not vary


class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None):
        """gamma, beta: (D,), used as they are (a training step changes them in place).
        running_mean, running_var: what test mode normalises with; zeros of shape (D,) are
        made at the first forward when they are not given."""
        self.gamma, self.beta, self.momentum = gamma, beta, momentum
        self.running_mean, self.running_var = running_mean, running_var
        self.dgamma = self.dbeta = None

    def forward(self, x, train_flg=True):
        """x: (N, D), or (N, C, H, W) flattened to (N, C*H*W) as the book does. Training
        normalises with the batch's own mean and variance and folds them into the running
        ones; test mode uses the running ones. Returns gamma * x̂ + beta, shaped like x."""
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        if train_flg:
            mean, var = x.mean(axis=0), x.var(axis=0)
            self.std = np.sqrt(var + EPS)
            self.xn = (x - mean) / self.std
            xn = self.xn
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mean
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + EPS)
        return (self.gamma * xn + self.beta).reshape(self.input_shape)

    def backward(self, dout):
        """dout: like x -> dx, like x; keeps dgamma and dbeta, (D,). Every x̂ depends on the
        whole batch through its mean and variance, hence the two averages taken away."""
        dout = dout.reshape(dout.shape[0], -1)
        self.dbeta = dout.sum(axis=0)
        self.dgamma = (self.xn * dout).sum(axis=0)
        dxn = self.gamma * dout
        dx = (dxn - dxn.mean(axis=0) - self.xn * (dxn * self.xn).mean(axis=0)) / self.std
        return dx.reshape(self.input_shape)
