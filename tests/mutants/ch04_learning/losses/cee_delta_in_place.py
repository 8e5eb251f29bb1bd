"""The delta is added in place: the caller's probabilities change."""
# kills: losses_keep_inputs
# hint: no_mutation

_reference_cross_entropy = cross_entropy_error


def cross_entropy_error(y, t):
    y += 1e-7
    return _reference_cross_entropy(y - 1e-7, t)
