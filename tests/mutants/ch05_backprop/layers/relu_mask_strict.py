"""Relu keeps the mask x < 0: at exactly x = 0 the gradient flows back, unlike the book's."""
# kills: relu_backward
# hint: relu_zero
# first hint says: en "exactly 0" · fr "exactement 0" · ja "ちょうど0"

_Reference = Relu


class Relu(_Reference):
    def forward(self, x):
        self.mask = x < 0
        out = x.copy()
        out[self.mask] = 0
        return out
