"""The running statistics give the new batch the weight momentum and the past 1 - momentum."""
# kills: running_statistics
# hint: running
# first hint says: en "The running mean and variance are" · fr "La moyenne et la variance glissantes sont" · ja "移動平均の平均と分散は"


class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        before = (self.running_mean, self.running_var)
        out = super().forward(x, train_flg)
        if train_flg and before[0] is not None:
            flat = x.reshape(x.shape[0], -1)
            m = self.momentum
            self.running_mean = (1 - m) * before[0] + m * flat.mean(axis=0)
            self.running_var = (1 - m) * before[1] + m * flat.var(axis=0)
        return out
