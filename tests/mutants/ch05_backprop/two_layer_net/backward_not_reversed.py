"""gradient calls backward on the layers in forward order, from the first to the last."""
# kills: gradient_matches_numerical
# hint: backprop
# first hint says: en "reverse order" · fr "ordre inverse" · ja "逆の順"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in self.layers:
            dout = layer.backward(dout)
        return {"W1": self.layers[0].dW, "b1": self.layers[0].db, "W2": self.layers[2].dW,
                "b2": self.layers[2].db}
