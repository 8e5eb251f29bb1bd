"""Inverted dropout: kept units scaled by 1 / (1 - ratio) in training, nothing at test time.
Sound, but not the book's convention that this exercise asks for."""
# kills: train_mask test_scaling
# hint: book_scaling
# first hint says: en "The book scales at test time" · fr "Le livre met à l'échelle au test" · ja "本ではスケーリングをテスト時に行い"


class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.random(x.shape) > self.dropout_ratio
            return x * self.mask / (1.0 - self.dropout_ratio)
        return x
