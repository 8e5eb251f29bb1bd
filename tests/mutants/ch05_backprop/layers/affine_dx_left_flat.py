"""Affine.backward returns dx as flat rows (N, D), not in the shape the input had."""
# kills: affine_nd_input
# hint: nd_input
# first hint says: en "original shape" · fr "forme d'origine" · ja "元の形"

_Reference = Affine


class Affine(_Reference):
    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = dout.sum(axis=0)
        return dout @ self.W.T
