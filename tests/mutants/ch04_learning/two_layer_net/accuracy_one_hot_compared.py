"""A one-hot t is compared with the predicted labels without argmax."""
# kills: accuracy_values
# hint: accuracy
# first hint says: en "labels" · fr "étiquettes" · ja "ラベル"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return float(np.sum(y == t)) / x.shape[0]
