"""Convolution turns the filters into columns with W.reshape(-1, FN) instead of
W.reshape(FN, -1).T: the numbers of different filters get mixed up."""
# kills: conv_forward
# hint: conv_filters
# first hint says: en "not the same matrix" · fr "pas la même matrice" · ja "同じ行列ではありません"


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        fn, _c, fh, fw = self.W.shape
        n, _c, h, w = x.shape
        out_h = conv_output_size(h, fh, self.stride, self.pad)
        out_w = conv_output_size(w, fw, self.stride, self.pad)
        col = im2col(x, fh, fw, self.stride, self.pad)
        out = col @ self.W.reshape(-1, fn) + self.b
        return out.reshape(n, out_h, out_w, fn).transpose(0, 3, 1, 2)
