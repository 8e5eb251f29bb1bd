"""Convolution.backward sums db over the batch only, as Affine does: one bias gradient per
filter and output position, instead of one per filter."""
# kills: conv_backward_params
# hint: conv_db
# first hint says: en "every position" · fr "chaque position" · ja "すべての位置"

_Reference = Convolution


class Convolution(_Reference):
    def backward(self, dout, dx=True):
        result = super().backward(dout, dx)
        self.db = dout.sum(axis=0)
        return result
