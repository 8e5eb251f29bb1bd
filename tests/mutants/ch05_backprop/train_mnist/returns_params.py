"""Returns the network's parameters instead of the network itself."""
# kills: returns_network_and_history
# hint: return_value
# first hint says: en "not its params" · fr "pas ses params" · ja "params ではなく"

_reference_train_mnist = train_mnist


def train_mnist(**settings):
    network, history = _reference_train_mnist(**settings)
    return network.params, history
