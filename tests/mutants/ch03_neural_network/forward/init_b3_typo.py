"""A typo in b3: [0.1, 0.3] instead of [0.1, 0.2]."""
# kills: init_network_values
# hint: network_typo
# first hint says: en "typo" · fr "faute de frappe" · ja "打ち間違い"

_reference_init = init_network


def init_network():
    network = _reference_init()
    network["b3"] = np.array([0.1, 0.3])
    return network
