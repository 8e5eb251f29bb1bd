"""SimpleConvNet leaves out the ReLU between the convolution and the pooling."""
# kills: predict_scores
# hint: predict
# first hint says: en "one after the other" · fr "l'une après l'autre" · ja "順に"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.layers[1]

    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        conv, hidden, output = self.layers[0], self.layers[2], self.layers[4]
        return {"W1": conv.dW, "b1": conv.db, "W2": hidden.dW, "b2": hidden.db,
                "W3": output.dW, "b3": output.db}
