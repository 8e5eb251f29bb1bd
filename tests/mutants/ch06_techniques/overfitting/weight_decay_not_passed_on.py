"""weight_decay_lambda never reaches the network."""
# kills: weight_decay_regularises
# hint: weight_decay
# first hint says: en "With weight_decay_lambda=0.1" · fr "Avec weight_decay_lambda=0.1" · ja "weight_decay_lambda=0.1で"

_train = train_overfit


def train_overfit(*, weight_decay_lambda=0.0, **kwargs):
    return _train(**kwargs)
