"""The random generator reseeded at every call: the same units are dropped every time."""
# kills: fresh_mask
# hint: fresh_mask


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        np.random.seed(0)
        return super().forward(x, train_flg)
