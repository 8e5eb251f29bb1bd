"""Relu.backward zeroes the gradient where dout is negative, not where the input was."""
# kills: relu_backward
# hint: relu_mask
# first hint says: en "not from dout" · fr "pas de dout" · ja "dout ではなく"

_Reference = Relu


class Relu(_Reference):
    def backward(self, dout):
        return np.maximum(dout, 0)
