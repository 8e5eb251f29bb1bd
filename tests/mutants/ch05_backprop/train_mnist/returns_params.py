"""Returns the network's parameters instead of the network itself."""
# kills: returns_network_and_history
# hint: return_value

_reference_train_mnist = train_mnist


def train_mnist(**settings):
    network, history = _reference_train_mnist(**settings)
    return network.params, history
