"""gradient goes backward without a forward pass on this batch: the layers hold the inputs of
whatever was computed before, or nothing at all."""
# kills: gradient_matches_numerical
# hint: backprop
# first hint says: en "forward pass on this very batch" · fr "passe forward sur ce lot" · ja "このバッチで forward"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def gradient(self, x, t):
        if not hasattr(self.last_layer, "y"):
            self.loss(x[:1], t[:1])  # a stale pass, on another batch
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return {"W1": self.layers[0].dW, "b1": self.layers[0].db, "W2": self.layers[2].dW,
                "b2": self.layers[2].db}
