"""Test mode returns x unchanged."""
# kills: test_scaling
# hint: test_scale
# first hint says: en "At test time every unit is on" · fr "Au test" · ja "テスト時にはすべてのニューロンが働きますが"


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        return super().forward(x, train_flg) if train_flg else x
