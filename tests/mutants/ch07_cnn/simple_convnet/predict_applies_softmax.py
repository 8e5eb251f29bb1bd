"""SimpleConvNet.predict ends with a softmax, as chapter 3's forward did."""
# kills: predict_scores
# hint: predict
# first hint says: en "one after the other" · fr "l'une après l'autre" · ja "順に"

from ..ch03_neural_network.softmax import softmax

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def predict(self, x):
        return softmax(super().predict(x))
