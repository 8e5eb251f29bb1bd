"""Only the final accuracies returned, as numbers instead of lists."""
# kills: history_form memorises_training_set
# hint: history
# first hint says: en "train_overfit returns a dict of two lists" · fr "train_overfit renvoie un dictionnaire de" · ja "train_overfit は2つのリストの辞書"

_train = train_overfit


def train_overfit(**kwargs):
    history = _train(**kwargs)
    return {key: values[-1] for key, values in history.items()}
