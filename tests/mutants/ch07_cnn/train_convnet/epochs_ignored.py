"""train_convnet always trains for one epoch."""
# kills: history_lengths
# hint: history
# first hint says: en "per epoch" · fr "par époque" · ja "エポックごと"

_reference_train_convnet = train_convnet


def train_convnet(*, epochs=4, **kwargs):
    return _reference_train_convnet(epochs=1, **kwargs)
