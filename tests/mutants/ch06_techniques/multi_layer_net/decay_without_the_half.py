"""The weight decay term lambda * sum(W²), without the 0.5."""
# kills: loss_weight_decay
# hint: decay_term
# first hint says: en "Look at the weight decay term" · fr "Regardez le terme de décroissance des" · ja "Weight decay の項を見直しましょう"


class MultiLayerNet(MultiLayerNet):
    def loss(self, x, t, train_flg=False):
        return 2 * super().loss(x, t, train_flg) - self.last_layer.forward(
            self.predict(x, train_flg), t)
