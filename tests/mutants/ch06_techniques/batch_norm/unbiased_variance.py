"""The variance divided by N - 1 (ddof=1) instead of N, unlike the book and the gradient."""
# kills: forward_train
# hint: normalise
# first hint says: en "Each column (feature) is normalised over" · fr "Chaque colonne (caractéristique) est" · ja "各列（特徴量）を"


class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.std = np.sqrt(x.var(axis=0, ddof=1) + EPS)
        self.xn = (x - x.mean(axis=0)) / self.std
        return (self.gamma * self.xn + self.beta).reshape(self.input_shape)
