"""The loss is the squared error of chapter 4 instead of the cross-entropy."""
# kills: loss_values
# hint: cross_entropy
# first hint says: en "cross-entropy" · fr "entropie croisée" · ja "交差エントロピー"

from .losses import sum_squared_error  # noqa: E402

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def loss(self, x, t):
        if t.ndim == 1:
            t = np.eye(self.params["b2"].size)[t]
        return sum_squared_error(self.predict(x), t)
