"""Affine.forward uses x as it comes: an input of shape (N, d1, d2, ...) is not flattened."""
# kills: affine_nd_input
# hint: nd_input
# first hint says: en "flattened" · fr "aplatie" · ja "平らにし"

_Reference = Affine


class Affine(_Reference):
    def forward(self, x):
        self.x_shape = x.shape
        self.x = x
        return x @ self.W + self.b
