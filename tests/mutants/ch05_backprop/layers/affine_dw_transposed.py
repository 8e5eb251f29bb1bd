"""Affine.backward multiplies in the wrong order: dW = doutᵀ x, shaped (M, D) instead of W's."""
# kills: affine_backward
# hint: affine_backward
# first hint says: en "shape" · fr "forme" · ja "形状"

_Reference = Affine


class Affine(_Reference):
    def backward(self, dout):
        dx = super().backward(dout)
        self.dW = dout.T @ self.x
        return dx
