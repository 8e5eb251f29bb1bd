"""SimpleConvNet.predict ends with a softmax, as chapter 3's forward did."""
# kills: predict_scores
# hint: predict

from ..ch03_neural_network.softmax import softmax

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def predict(self, x):
        return softmax(super().predict(x))
