"""W1 stored as (hidden, input), used as x @ W1.T: the shapes are not the convention."""
# kills: params_shapes
# hint: w_transposed
# first hint says: en "transposed" · fr "transposée" · ja "転置"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        super().__init__(input_size, hidden_size, output_size, weight_init_std, seed)
        self.params["W1"] = self.params["W1"].T.copy()

    def predict(self, x):
        z1 = sigmoid(x @ self.params["W1"].T + self.params["b1"])
        return softmax(z1 @ self.params["W2"] + self.params["b2"])
