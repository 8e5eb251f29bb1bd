"""exp(x) instead of exp(-x): the curve is mirrored, high for negative inputs."""
# kills: sigmoid_values
# hint: sigmoid


def sigmoid(x):
    return 1 / (1 + np.exp(x))
