"""Pooling takes the mean of each window instead of its maximum."""
# kills: pool_forward pool_windows
# hint: pool_max

_Reference = Pooling


class Pooling(_Reference):
    def forward(self, x):
        super().forward(x)
        return reduce(np.add, self._offsets(_padded(x, self.pad), *self._out_size(x))) / (
            self.pool_h * self.pool_w)

    def _out_size(self, x):
        return (conv_output_size(x.shape[2], self.pool_h, self.stride, self.pad),
                conv_output_size(x.shape[3], self.pool_w, self.stride, self.pad))
