"""Sigmoid on the output layer too: the outputs are not probabilities adding up to 1."""
# kills: predict_values loss_values
# hint: softmax_output
# first hint says: en "applies softmax" · fr "applique la softmax" · ja "ソフトマックス関数を適用し"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def predict(self, x):
        z1 = sigmoid(x @ self.params["W1"] + self.params["b1"])
        return sigmoid(z1 @ self.params["W2"] + self.params["b2"])
