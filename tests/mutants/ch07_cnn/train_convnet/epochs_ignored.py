"""train_convnet always trains for one epoch."""
# kills: history_lengths
# hint: history

_reference_train_convnet = train_convnet


def train_convnet(*, epochs=4, **kwargs):
    return _reference_train_convnet(epochs=1, **kwargs)
