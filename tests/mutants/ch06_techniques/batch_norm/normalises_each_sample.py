"""Mean and variance taken along axis 1: each sample normalised over its own features."""
# kills: forward_train forward_nd_input
# hint: batch_axis
# first hint says: en "Which axis holds the samples of the batch" · fr "Quel axe porte les exemples du lot" · ja "バッチのサンプルはどの軸に並んでいるでしょうか"


class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        mean, var = x.mean(axis=1, keepdims=True), x.var(axis=1, keepdims=True)
        self.std = np.sqrt(var + EPS)
        self.xn = (x - mean) / self.std
        return (self.gamma * self.xn + self.beta).reshape(self.input_shape)
