"""Chapter 3: a three-layer network's forward pass, with the book's fixed weights."""

import numpy as np

from .activations import identity_function, sigmoid


def init_network():
    """The book's weights and biases: 2 inputs -> 3 -> 2 -> 2 outputs."""
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
        "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
        "b3": np.array([0.1, 0.2]),
    }


def forward(network, x):
    """x (D,) or (N, D) -> output (K,) or (N, K): sigmoid, sigmoid, then identity on the output."""
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return identity_function(np.dot(z2, network["W3"]) + network["b3"])
