"""Pooling.backward gives the gradient to every pixel equal to the window's maximum, so a
maximum that appears twice gets it twice."""
# kills: pool_ties
# hint: pool_ties

_Reference = Pooling


class Pooling(_Reference):
    def forward(self, x):
        self.x = x
        self.out = super().forward(x)
        return self.out

    def backward(self, dout):
        dx = np.zeros(self.x_shape)
        out_h, out_w = dout.shape[2:]
        targets = self._offsets(dx, out_h, out_w)
        for target, seen in zip(targets, self._offsets(self.x, out_h, out_w)):
            target += dout * (seen == self.out)
        return dx
