"""The delta is added in place: the caller's probabilities change."""
# kills: losses_keep_inputs
# hint: no_mutation
# first hint says: en "changes the values" · fr "modifie les valeurs" · ja "値を書き換えて"

_reference_cross_entropy = cross_entropy_error


def cross_entropy_error(y, t):
    y += 1e-7
    return _reference_cross_entropy(y - 1e-7, t)
