"""Test mode returns x unchanged."""
# kills: test_scaling
# hint: test_scale


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        return super().forward(x, train_flg) if train_flg else x
