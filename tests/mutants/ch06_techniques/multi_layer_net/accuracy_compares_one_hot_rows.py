"""accuracy compares the predicted labels with one-hot rows as they are."""
# kills: accuracy_values
# hint: accuracy


class MultiLayerNet(MultiLayerNet):
    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return float(np.mean(y == t))
