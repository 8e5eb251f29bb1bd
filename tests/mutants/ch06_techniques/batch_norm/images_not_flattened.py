"""(N, C, H, W) input used as it is: gamma of C*H*W values cannot line up with it."""
# kills: forward_nd_input backward_dx
# hint: nd_input
# first hint says: en "Images have four axes" · fr "Les images ont quatre axes" · ja "画像は (N, C, H, W) の4つの軸を持"


class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        if x.ndim == 2:
            return super().forward(x, train_flg)
        mean, var = x.mean(axis=0), x.var(axis=0)
        return self.gamma * (x - mean) / np.sqrt(var + EPS) + self.beta
