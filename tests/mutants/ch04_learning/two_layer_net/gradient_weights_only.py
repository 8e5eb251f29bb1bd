"""Only W1 and W2: the biases get no gradient (and training would never move them)."""
# kills: numerical_gradient_values
# hint: net_gradient_keys
# first hint says: en "the biases too" · fr "les biais aussi" · ja "バイアスも"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731
        return {key: numerical_gradient(loss_w, self.params[key]) for key in ("W1", "W2")}
