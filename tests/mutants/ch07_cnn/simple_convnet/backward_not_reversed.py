"""SimpleConvNet.gradient calls the layers' backward in forward's order instead of in
reverse."""
# kills: gradient_matches_numerical
# hint: backprop
# first hint says: en "reverse order" · fr "ordre inverse" · ja "逆の順"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in self.layers:
            dout = layer.backward(dout)
        conv, hidden, output = self.layers[0], self.layers[3], self.layers[5]
        return {"W1": conv.dW, "b1": conv.db, "W2": hidden.dW, "b2": hidden.db,
                "W3": output.dW, "b3": output.db}
