"""The hidden layer's sigmoid is forgotten: the network is linear before the softmax."""
# kills: predict_values
# hint: hidden_sigmoid
# first hint says: en "without the sigmoid" · fr "sans la sigmoïde" · ja "シグモイド関数を通さず"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def predict(self, x):
        a1 = x @ self.params["W1"] + self.params["b1"]
        return softmax(a1 @ self.params["W2"] + self.params["b2"])
