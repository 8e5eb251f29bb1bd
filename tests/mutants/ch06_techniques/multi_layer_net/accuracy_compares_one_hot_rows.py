"""accuracy compares the predicted labels with one-hot rows as they are."""
# kills: accuracy_values
# hint: accuracy
# first hint says: en "The network's answer for a row is the" · fr "La réponse du réseau pour une ligne est" · ja "ある行に対するネットワークの答えは"


class MultiLayerNet(MultiLayerNet):
    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return float(np.mean(y == t))
