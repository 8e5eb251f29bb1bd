"""The hidden layer uses Sigmoid (chapter 4's network) instead of Relu."""
# kills: predict_scores
# hint: hidden_relu
# first hint says: en "Relu" · fr "Relu" · ja "Relu"

from .layers import Sigmoid  # noqa: E402

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.layers[1] = Sigmoid()
