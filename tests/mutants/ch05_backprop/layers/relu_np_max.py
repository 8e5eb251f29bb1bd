"""Relu.forward uses np.max, the largest value along an axis, instead of np.maximum."""
# kills: relu_forward
# hint: relu_np_max
# first hint says: en "np.max" · fr "np.max" · ja "np.max"

_Reference = Relu


class Relu(_Reference):
    def forward(self, x):
        self.mask = x <= 0
        return np.max(x, 0)
