"""Affine.backward keeps db = dout, one row per sample, instead of summing over the batch."""
# kills: affine_backward
# hint: db_sum

_Reference = Affine


class Affine(_Reference):
    def backward(self, dout):
        dx = super().backward(dout)
        self.db = dout
        return dx
