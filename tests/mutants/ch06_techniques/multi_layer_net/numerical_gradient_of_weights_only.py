"""numerical_gradient only for the weights, not the biases."""
# kills: numerical_gradient_values
# hint: net_gradient
# first hint says: en "As in chapter 5" · fr "Comme au chapitre 5" · ja "5章と同じく"


class MultiLayerNet(MultiLayerNet):
    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t, train_flg=True)  # noqa: E731
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()
                if key.startswith("W")}
