"""Pooling.backward gives the gradient to every pixel equal to the window's maximum, so a
maximum that appears twice gets it twice."""
# kills: pool_ties
# hint: pool_ties
# first hint says: en "maximum twice" · fr "deux fois son maximum" · ja "最大値が2つ"

_Reference = Pooling


class Pooling(_Reference):
    def forward(self, x):
        self.x = x
        self.out = super().forward(x)
        return self.out

    def backward(self, dout):
        dx = np.zeros(self.x_shape)
        out_h, out_w = dout.shape[2:]
        for target, seen in zip(self.offsets(dx, out_h, out_w),
                                self.offsets(self.x, out_h, out_w)):
            target += dout * (seen == self.out)
        return dx
