"""The weight decay term sums the squares of the biases too."""
# kills: loss_weight_decay
# hint: decay_term
# first hint says: en "Look at the weight decay term" · fr "Regardez le terme de décroissance des" · ja "Weight decay の項を見直しましょう"


class MultiLayerNet(MultiLayerNet):
    def loss(self, x, t, train_flg=False):
        squares = sum(np.sum(p**2) for key, p in self.params.items() if key[0] in "Wb")
        return (self.last_layer.forward(self.predict(x, train_flg), t)
                + 0.5 * self.weight_decay_lambda * squares)
