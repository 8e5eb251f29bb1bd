"""Affine.backward keeps db = dout, one row per sample, instead of summing over the batch."""
# kills: affine_backward
# hint: db_sum
# first hint says: en "sum of dout" · fr "somme de dout" · ja "dout のバッチ方向（軸0）の和"

_Reference = Affine


class Affine(_Reference):
    def backward(self, dout):
        dx = super().backward(dout)
        self.db = dout
        return dx
