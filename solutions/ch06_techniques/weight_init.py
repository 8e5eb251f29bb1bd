"""Chapter 6: how the scale of the initial weights shapes what flows through a deep network,
measured as in the book: the activations of five layers for standard-normal input."""

import numpy as np

from ..ch03_neural_network.activations import relu, sigmoid

ACTIVATIONS = {"sigmoid": sigmoid, "tanh": np.tanh, "relu": relu}


def xavier_std(n_in):
    """Xavier's scale for sigmoid and tanh: sqrt(1 / n_in) keeps the variance of a layer's
    output close to that of its input."""
    return np.sqrt(1.0 / n_in)


def he_std(n_in):
    """He's scale for ReLU: sqrt(2 / n_in), twice Xavier's variance, since ReLU zeroes half of
    its inputs."""
    return np.sqrt(2.0 / n_in)


def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000,
                          seed=0):
    """The activations of each layer, (samples, nodes) arrays, for `samples` standard-normal
    inputs through `layers` layers of `nodes` units (no biases), weights drawn from
    N(0, weight_std²). activation: "sigmoid", "tanh" or "relu"."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes))
    found = []
    for _ in range(layers):
        x = ACTIVATIONS[activation](x @ (weight_std * rng.standard_normal((nodes, nodes))))
        found.append(x)
    return found
