"""Chapter 6: dropout, which switches off a random part of the units at every training step,
so that the network cannot lean on any one of them."""

import numpy as np


class Dropout:
    def __init__(self, dropout_ratio=0.5):
        self.dropout_ratio = dropout_ratio
        self.mask = None

    def forward(self, x, train_flg=True):
        """Training: each unit is zeroed with probability dropout_ratio, a fresh draw at every
        call. Test: every unit is kept, scaled by 1 - dropout_ratio, the share that was on
        during training on average (the book's convention)."""
        if train_flg:
            self.mask = np.random.random(x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout):
        """The gradient flows back through the units that were kept, and nowhere else."""
        return dout * self.mask
