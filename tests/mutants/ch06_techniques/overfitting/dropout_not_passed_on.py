"""use_dropout never reaches the network."""
# kills: dropout_regularises
# hint: dropout

_train = train_overfit


def train_overfit(*, use_dropout=False, **kwargs):
    return _train(**kwargs)
