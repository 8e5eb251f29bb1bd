"""Pooling assumes 2 × 2 windows with stride 2 that tile the image (a reshape trick), whatever
pool_h, pool_w and stride say."""
# kills: pool_windows
# hint: pool_windows
# first hint says: en "any window" · fr "n'importe quelle fenêtre" · ja "どんなウィンドウ"

_Reference = Pooling


class Pooling(_Reference):
    def forward(self, x):
        n, c, h, w = x.shape
        return x[:, :, :h // 2 * 2, :w // 2 * 2].reshape(n, c, h // 2, 2, w // 2, 2).max(
            axis=(3, 5))
