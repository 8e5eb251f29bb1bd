"""accuracy compares the predicted labels with a one-hot t without turning t into labels."""
# kills: accuracy_values
# hint: accuracy
# first hint says: en "labels" · fr "étiquettes" · ja "ラベル"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return float(np.mean(y == t))
