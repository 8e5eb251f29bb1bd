"""Trains one network but returns a fresh one: the history describes a network not returned."""
# kills: history_is_honest reaches_test_accuracy
# hint: honest_history
# first hint says: en "network you return" · fr "réseau que vous renvoyez" · ja "返すネットワーク"

_reference_train_mnist = train_mnist


def train_mnist(*, hidden_size=100, seed=0, **settings):
    _trained, history = _reference_train_mnist(hidden_size=hidden_size, seed=seed, **settings)
    return TwoLayerNet(784, hidden_size, 10, seed=seed), history
