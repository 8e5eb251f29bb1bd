"""SimpleConvNet.loss applies a softmax before SoftmaxWithLoss, which applies its own."""
# kills: loss_values
# hint: loss
# first hint says: en "last layer" · fr "dernière couche" · ja "最後のレイヤー"

from ..ch03_neural_network.softmax import softmax

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def loss(self, x, t):
        return self.last_layer.forward(softmax(self.predict(x)), t)
