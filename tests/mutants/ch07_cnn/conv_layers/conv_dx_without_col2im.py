"""Convolution.backward returns the gradient of the im2col matrix itself, without col2im."""
# kills: conv_backward_dx
# hint: conv_backward
# first hint says: en "reverse order" · fr "ordre inverse" · ja "逆にたどります"

_Reference = Convolution


class Convolution(_Reference):
    def backward(self, dout, dx=True):
        super().backward(dout, dx=False)
        fn = self.W.shape[0]
        return dout.transpose(0, 2, 3, 1).reshape(-1, fn) @ self.col_W.T
