"""SimpleConvNet.accuracy compares the predicted classes with one-hot rows as they are."""
# kills: accuracy_values
# hint: accuracy
# first hint says: en "highest score" · fr "plus haut score" · ja "いちばん高い"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def accuracy(self, x, t, batch_size=100):
        y = np.argmax(self.predict(x), axis=1)
        return float(np.mean(y == t)) if t.ndim == 1 else float(np.mean(y[:, None] == t))
