"""b1's numerical gradient taken on a copy of b1: the loss never sees the change, so it is 0."""
# kills: numerical_gradient_values
# hint: net_gradient_copy
# first hint says: en "not a copy" · fr "pas une copie" · ja "コピーではなく"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def numerical_gradient(self, x, t):
        grads = super().numerical_gradient(x, t)
        grads["b1"] = numerical_gradient(lambda _w: self.loss(x, t), self.params["b1"].copy())
        return grads
