"""The random generator reseeded at every call: the same units are dropped every time."""
# kills: fresh_mask
# hint: fresh_mask
# first hint says: en "Dropout switches off other units at every" · fr "Le dropout éteint d'autres neurones à" · ja "Dropout は学習のたびに別のニューロンを消"


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        np.random.seed(0)
        return super().forward(x, train_flg)
