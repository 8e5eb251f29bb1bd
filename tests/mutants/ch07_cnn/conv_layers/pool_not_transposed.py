"""Pooling reshapes the maxima of im2col's rows straight to (N, C, out_h, out_w), although
the rows are ordered (image, output row, output column, channel)."""
# kills: pool_forward
# hint: pool_layout
# first hint says: en "order of the axes" · fr "l'ordre des axes" · ja "軸の順番"


class Pooling:
    def __init__(self, pool_h, pool_w, stride=2, pad=0):
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad

    def forward(self, x):
        n, c, h, w = x.shape
        out_h = conv_output_size(h, self.pool_h, self.stride, self.pad)
        out_w = conv_output_size(w, self.pool_w, self.stride, self.pad)
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad)
        return np.max(col.reshape(-1, self.pool_h * self.pool_w), axis=1).reshape(n, c, out_h,
                                                                                  out_w)
