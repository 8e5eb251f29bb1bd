"""b1's gradient taken on a copy of b1: the loss never sees the change, so it comes out 0."""
# kills: numerical_gradient_values
# hint: net_gradient_copy
# first hint says: en "not a copy" · fr "pas une copie" · ja "コピーではなく"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731
        grads = {key: numerical_gradient(loss_w, self.params[key]) for key in self.params}
        grads["b1"] = numerical_gradient(loss_w, self.params["b1"].copy())
        return grads
