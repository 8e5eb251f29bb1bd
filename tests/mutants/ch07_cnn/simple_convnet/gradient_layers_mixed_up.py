"""SimpleConvNet.gradient reads W2 and b2 from the second Affine layer and W3 and b3 from the
first."""
# kills: gradient_matches_numerical
# hint: backprop
# first hint says: en "reverse order" · fr "ordre inverse" · ja "逆の順"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def gradient(self, x, t):
        grads = super().gradient(x, t)
        grads["W2"], grads["W3"] = grads["W3"], grads["W2"]
        grads["b2"], grads["b3"] = grads["b3"], grads["b2"]
        return grads
