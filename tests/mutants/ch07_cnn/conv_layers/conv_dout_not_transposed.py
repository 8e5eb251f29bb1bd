"""Convolution.backward flattens dout with reshape(-1, FN) alone, without moving the filter
axis last first: the gradients of different windows and filters get mixed up."""
# kills: conv_backward_dx conv_backward_params
# hint: conv_backward
# first hint says: en "reverse order" · fr "ordre inverse" · ja "逆にたどります"

_Reference = Convolution


class Convolution(_Reference):
    def backward(self, dout, dx=True):
        n, fn, out_h, out_w = dout.shape
        mixed = dout.reshape(-1, fn).reshape(n, out_h, out_w, fn).transpose(0, 3, 1, 2)
        return super().backward(np.ascontiguousarray(mixed), dx)
