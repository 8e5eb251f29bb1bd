"""The loss has the weight decay term, but the gradient forgets its slope lambda * W."""
# kills: gradient_matches_numerical
# hint: decay_gradient
# first hint says: en "The loss has two parts" · fr "La perte a deux parties" · ja "損失関数は2つの部分からできているので"


class MultiLayerNet(MultiLayerNet):
    def gradient(self, x, t):
        grads = super().gradient(x, t)
        for key in grads:
            if key.startswith("W"):
                grads[key] = grads[key] - self.weight_decay_lambda * self.params[key]
        return grads
