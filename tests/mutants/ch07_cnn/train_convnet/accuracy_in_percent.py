"""train_convnet records the accuracies in percent (96.5) instead of as fractions (0.965)."""
# kills: history_lengths history_is_honest
# hint: history
# first hint says: en "per epoch" · fr "par époque" · ja "エポックごと"

_reference_train_convnet = train_convnet


def train_convnet(**kwargs):
    network, history = _reference_train_convnet(**kwargs)
    for key in ("train_acc", "test_acc"):
        history[key] = [100 * a for a in history[key]]
    return network, history
