"""The hidden layer uses Sigmoid (chapter 4's network) instead of Relu."""
# kills: predict_scores
# hint: predict

from .layers import Sigmoid  # noqa: E402

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.layers[1] = Sigmoid()
