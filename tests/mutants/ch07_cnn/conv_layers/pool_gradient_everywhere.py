"""Pooling.backward sends each window's gradient to every pixel of the window, not only to
the maximum's."""
# kills: pool_backward
# hint: pool_argmax
# first hint says: en "Which pixels" · fr "Quels pixels" · ja "どの画素"

_Reference = Pooling


class Pooling(_Reference):
    def backward(self, dout):
        dx = np.zeros(self.x_shape)
        for target in self.offsets(dx, *dout.shape[2:]):
            target += dout
        return dx
