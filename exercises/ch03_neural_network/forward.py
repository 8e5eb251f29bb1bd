"""Chapter 3: the forward pass of a three-layer network, with the book's fixed weights.

Run `grade show ch03.forward` for the full statement, `grade ch03.forward` to check your work
and `grade hint ch03.forward` when you are stuck.
"""

import numpy as np

from .activations import identity_function, sigmoid


def init_network():
    """The book's weights and biases, as a dict of NumPy arrays.

    Keys W1 (2, 3), b1 (3,), W2 (3, 2), b2 (2,), W3 (2, 2), b3 (2,): 2 inputs, hidden layers of
    3 and 2 neurons, 2 outputs.
    """
    # TODO: the book's values, each a NumPy array (rows are the inputs of a layer, columns
    #       its neurons, so that x·W works):
    #       W1 = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]    b1 = [0.1, 0.2, 0.3]
    #       W2 = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]  b2 = [0.1, 0.2]
    #       W3 = [[0.1, 0.3], [0.2, 0.4]]              b3 = [0.1, 0.2]
    raise NotImplementedError


def forward(network, x):
    """Send x through the network and return the output layer's values.

    network: a dict like the one init_network returns. x: one sample of shape (D,), or a batch
    of shape (N, D) with one sample per row. Returns shape (K,) or (N, K), K outputs.
    """
    # TODO: three layers, each a weighted sum followed by an activation:
    #           a₁ = x·W₁ + b₁     z₁ = σ(a₁)
    #           a₂ = z₁·W₂ + b₂    z₂ = σ(a₂)
    #           a₃ = z₂·W₃ + b₃    y = a₃      (the identity on the output layer)
    #       σ is the sigmoid; · is a matrix product. Shapes for a batch: x (N, 2) → z₁ (N, 3)
    #       → z₂ (N, 2) → y (N, 2). NumPy's matrix product takes one sample (2,) as well as a
    #       batch, so the same code serves both.
    #       Known answer: forward(init_network(), np.array([1.0, 0.5])) ≈ [0.3168, 0.6963].
    raise NotImplementedError
