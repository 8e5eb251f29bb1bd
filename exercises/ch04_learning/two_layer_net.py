"""Chapter 4: a two-layer network (sigmoid hidden layer, softmax output) and its gradients.

Run `grade show ch04.two_layer_net` for the full statement, `grade ch04.two_layer_net` to check
your work and `grade hint ch04.two_layer_net` when you are stuck.
"""

import numpy as np

from ..ch03_neural_network.activations import sigmoid
from ..ch03_neural_network.softmax import softmax
from .gradient import numerical_gradient
from .losses import cross_entropy_error


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        """Weights drawn from N(0, weight_init_std²), biases zero. W1: (input, hidden),
        b1: (hidden,), W2: (hidden, output), b2: (output,)."""
        # TODO: a dict self.params with the keys W1, b1, W2, b2 and the shapes above: weights
        #       drawn from N(0, weight_init_std²) (np.random.default_rng, seeded with seed,
        #       makes a generator that draws them), biases zero. Small random weights make the
        #       hidden units differ from the start: with equal weights they would stay alike,
        #       since each would get the same gradient.
        raise NotImplementedError

    def predict(self, x):
        """x: (N, input) or (input,) -> class probabilities (N, output) or (output,)."""
        # TODO: the hidden layer, then the output layer:
        #           a₁ = x·W₁ + b₁,   z₁ = σ(a₁)           σ: the sigmoid
        #           a₂ = z₁·W₂ + b₂,  y = softmax(a₂)      one probability per class
        #       Shapes: x (N, input) → z₁ (N, hidden) → y (N, output). The functions of the
        #       earlier exercises are imported above.
        raise NotImplementedError

    def loss(self, x, t):
        """Cross-entropy of the predictions; t one-hot (N, output) or labels (N,)."""
        # TODO: L = the cross-entropy error of the network's prediction for x, against t.
        raise NotImplementedError

    def accuracy(self, x, t):
        """Fraction of the rows of x whose most probable class is the right one."""
        # TODO: the network's answer for a row is its most probable class (the argmax along
        #       the classes); the right answer is where the one-hot t has its 1 (accepting
        #       labels (N,) as well costs one test of t's shape). Return the fraction of rows
        #       where the two agree, as a float between 0 and 1.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """d loss / d each parameter, by central differences: a dict with the keys of params."""
        # TODO: ∂L/∂p for each parameter array p of self.params, by the numerical_gradient of
        #       the previous exercise. It wants a function of one argument; yours may ignore it:
        #       numerical_gradient moves the elements of p in place, and the loss of (x, t)
        #       reads p from self.params. Return a dict with the keys of self.params.
        raise NotImplementedError
