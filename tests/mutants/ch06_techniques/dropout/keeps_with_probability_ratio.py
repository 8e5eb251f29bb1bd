"""The mask keeps a unit with probability dropout_ratio instead of dropping it."""
# kills: train_mask
# hint: ratio_meaning
# first hint says: en "dropout_ratio is the share of units" · fr "dropout_ratio est la part des neurones" · ja "dropout_ratio は消すニューロンの割"


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.random(x.shape) < self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)
