"""Only the final accuracies returned, as numbers instead of lists."""
# kills: history_form memorises_training_set
# hint: history

_train = train_overfit


def train_overfit(**kwargs):
    history = _train(**kwargs)
    return {key: values[-1] for key, values in history.items()}
