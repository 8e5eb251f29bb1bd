"""Convolution.backward returns the gradient of the im2col matrix itself, without col2im."""
# kills: conv_backward_dx
# hint: conv_backward

_Reference = Convolution


class Convolution(_Reference):
    def backward(self, dout, dx=True):
        super().backward(dout, dx=False)
        fn = self.W.shape[0]
        dout = dout.reshape(len(dout), fn, -1)
        return (dout.transpose(0, 2, 1) @ self.W.reshape(fn, -1)).reshape(-1, self.col.shape[-1])
