"""exp(x) instead of exp(-x): the curve is mirrored, high for negative inputs."""
# kills: sigmoid_values
# hint: sigmoid_sign
# first hint says: en "mirrored" · fr "miroir" · ja "反転"


def sigmoid(x):
    return 1 / (1 + np.exp(x))
