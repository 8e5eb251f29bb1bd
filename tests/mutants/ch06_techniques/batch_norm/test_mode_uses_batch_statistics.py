"""train_flg ignored: test mode normalises with the batch's own statistics."""
# kills: test_mode
# hint: test_mode
# first hint says: en "At test time" · fr "Au test" · ja "テスト時には"


class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        return super().forward(x, True)
