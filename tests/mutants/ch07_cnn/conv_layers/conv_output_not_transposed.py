"""Convolution.forward reshapes the product (N·out_h·out_w, FN) straight to (N, FN, out_h,
out_w), without going through (N, out_h, out_w, FN) and a transpose."""
# kills: conv_forward
# hint: conv_layout
# first hint says: en "one map per filter" · fr "une carte par filtre" · ja "1枚のマップ"


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        fn, _c, fh, fw = self.W.shape
        n, _c, h, w = x.shape
        out_h = conv_output_size(h, fh, self.stride, self.pad)
        out_w = conv_output_size(w, fw, self.stride, self.pad)
        col = im2col(x, fh, fw, self.stride, self.pad)
        out = col @ self.W.reshape(fn, -1).T + self.b
        return out.reshape(n, fn, out_h, out_w)
