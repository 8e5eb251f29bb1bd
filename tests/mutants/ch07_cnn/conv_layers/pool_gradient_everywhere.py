"""Pooling.backward sends each window's gradient to every pixel of the window, not only to
the maximum's."""
# kills: pool_backward
# hint: pool_argmax

_Reference = Pooling


class Pooling(_Reference):
    def backward(self, dout):
        n, c, h, w = self.x_shape
        dx = np.zeros(self.x_shape)
        for target in self._offsets(dx, *dout.shape[2:]):
            target += dout
        return dx
