"""use_dropout never reaches the network."""
# kills: dropout_regularises
# hint: dropout
# first hint says: en "With use_dropout=True" · fr "Avec use_dropout=True" · ja "use_dropout=True では学習のたび"

_train = train_overfit


def train_overfit(*, use_dropout=False, **kwargs):
    return _train(**kwargs)
