"""train_convnet returns the trained parameters instead of the network that holds them."""
# kills: returns_network_and_history reaches_test_accuracy
# hint: return_value
# first hint says: en "the network it trained" · fr "le réseau qu'elle a entraîné" · ja "学習させたネットワーク"

_reference_train_convnet = train_convnet


def train_convnet(**kwargs):
    network, history = _reference_train_convnet(**kwargs)
    return network.params, history
