"""predict applies the softmax itself, as in chapter 4: it returns probabilities, not scores."""
# kills: predict_scores
# hint: scores
# first hint says: en "before the softmax" · fr "avant la softmax" · ja "ソフトマックス関数を通す前"

from ..ch03_neural_network.softmax import softmax  # noqa: E402

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def predict(self, x):
        return softmax(super().predict(x))
