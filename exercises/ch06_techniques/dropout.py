"""Chapter 6: dropout, which switches off a random part of the units at every training step,
so that the network cannot lean on any one of them.

Run `grade show ch06.dropout` for the full statement, `grade ch06.dropout` to check your work
and `grade hint ch06.dropout` when you are stuck.
"""

import numpy as np


class Dropout:
    def __init__(self, dropout_ratio=0.5):
        # TODO: keep dropout_ratio, the probability that a unit is switched off; the mask of
        #       kept units is made by forward (None for now).
        raise NotImplementedError

    def forward(self, x, train_flg=True):
        """Training: each unit is zeroed with probability dropout_ratio, a fresh draw at every
        call. Test: every unit is kept, scaled by 1 - dropout_ratio, the share that was on
        during training on average (the book's convention)."""
        # TODO: training: draw one uniform random number in [0, 1) per unit (np.random.rand
        #       takes the sizes of each axis); a unit is kept where its number is above
        #       dropout_ratio. Keep that boolean mask for backward, and return x with the
        #       dropped units set to 0 (the kept ones unchanged). A new mask at every call.
        # TODO: test mode: return x · (1 − dropout_ratio).
        raise NotImplementedError

    def backward(self, dout):
        """The gradient flows back through the units that were kept, and nowhere else."""
        # TODO: dout where the last forward's mask kept the unit, 0 elsewhere.
        raise NotImplementedError
