"""The mask keeps a unit with probability dropout_ratio instead of dropping it."""
# kills: train_mask
# hint: ratio_meaning


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.random(x.shape) < self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)
