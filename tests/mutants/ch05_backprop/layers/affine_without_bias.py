"""Affine.forward forgets to add b."""
# kills: affine_forward
# hint: affine_forward
# first hint says: en "plus the bias" · fr "plus le biais" · ja "バイアスを足した"

_Reference = Affine


class Affine(_Reference):
    def forward(self, x):
        self.x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return self.x @ self.W
