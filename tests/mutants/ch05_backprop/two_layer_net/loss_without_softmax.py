"""loss takes the cross-entropy of the scores from predict, skipping the softmax."""
# kills: loss_values
# hint: loss
# first hint says: en "softmax" · fr "softmax" · ja "ソフトマックス関数"

from ..ch04_learning.losses import cross_entropy_error  # noqa: E402

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)
