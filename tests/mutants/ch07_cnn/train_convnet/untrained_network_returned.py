"""train_convnet trains one network and returns a fresh, untrained one (with the history of
the first)."""
# kills: reaches_test_accuracy history_is_honest
# hint: honest_history
# first hint says: en "network you return" · fr "réseau que vous renvoyez" · ja "返すネットワーク"

_reference_train_convnet = train_convnet


def train_convnet(*, seed=0, **kwargs):
    _trained, history = _reference_train_convnet(seed=seed, **kwargs)
    return SimpleConvNet(seed=seed + 1, dtype=np.float32), history
