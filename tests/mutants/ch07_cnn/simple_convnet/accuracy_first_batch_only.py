"""SimpleConvNet.accuracy counts the right answers of the first batch only, yet divides by
the number of all the images."""
# kills: accuracy_values
# hint: accuracy
# first hint says: en "highest score" · fr "plus haut score" · ja "いちばん高い"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def accuracy(self, x, t, batch_size=100):
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        y = np.argmax(self.predict(x[:batch_size]), axis=1)
        return float(np.sum(y == t[:batch_size])) / len(x)
