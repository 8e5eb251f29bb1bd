"""gradient reads W1's gradient from the second Affine layer and W2's from the first."""
# kills: gradient_matches_numerical
# hint: layer_grads
# first hint says: en "its own layer" · fr "sa propre couche" · ja "それぞれのレイヤー"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def gradient(self, x, t):
        grads = super().gradient(x, t)
        return {"W1": grads["W2"], "b1": grads["b2"], "W2": grads["W1"], "b2": grads["b1"]}
