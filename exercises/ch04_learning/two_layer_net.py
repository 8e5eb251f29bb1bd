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
        # TODO: rng = np.random.default_rng(seed), then store the four parameters in a dict:
        #       self.params = {"W1": weight_init_std * rng.standard_normal((input_size,
        #       hidden_size)), "b1": np.zeros(hidden_size), "W2": ..., "b2": ...}
        #       Small random weights break the symmetry between hidden units; biases start at 0.
        raise NotImplementedError

    def predict(self, x):
        """x: (N, input) or (input,) -> class probabilities (N, output) or (output,)."""
        # TODO: a1 = x @ W1 + b1, z1 = sigmoid(a1)      (the hidden layer)
        #       a2 = z1 @ W2 + b2, y = softmax(a2)      (probabilities of the classes)
        raise NotImplementedError

    def loss(self, x, t):
        """Cross-entropy of the predictions; t one-hot (N, output) or labels (N,)."""
        # TODO: predict, then measure how wrong the prediction is:
        #       cross_entropy_error(self.predict(x), t)
        raise NotImplementedError

    def accuracy(self, x, t):
        """Fraction of the rows of x whose most probable class is the right one."""
        # TODO: y = np.argmax(self.predict(x), axis=1) is the class the network picks per row.
        #       If t is one-hot (2-D), turn it into labels with np.argmax(t, axis=1).
        #       Return the number of rows where y == t divided by the number of rows, as a float.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """d loss / d each parameter, by central differences: a dict with the keys of params."""
        # TODO: loss_w = lambda w: self.loss(x, t)  — it ignores w: numerical_gradient changes
        #       the weight array in place, and self.loss reads it from self.params.
        #       Return {key: numerical_gradient(loss_w, self.params[key]) for each key}.
        raise NotImplementedError
