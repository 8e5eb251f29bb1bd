"""W1 written column by column: shape (3, 2) instead of (2, 3)."""
# kills: init_network_values
# hint: network_shape
# first hint says: en "transposed" · fr "transposée" · ja "転置"

_reference_init = init_network


def init_network():
    network = _reference_init()
    network["W1"] = network["W1"].T
    return network
