"""Chapter 4: a two-layer network (sigmoid hidden layer, softmax output) and its gradients."""

import numpy as np

from ..ch03_neural_network.activations import sigmoid
from ..ch03_neural_network.softmax import softmax
from .gradient import numerical_gradient
from .losses import cross_entropy_error


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        """Weights drawn from N(0, weight_init_std²), biases zero. W1: (input, hidden),
        b1: (hidden,), W2: (hidden, output), b2: (output,)."""
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        """x: (N, input) or (input,) -> class probabilities (N, output) or (output,)."""
        z1 = sigmoid(x @ self.params["W1"] + self.params["b1"])
        return softmax(z1 @ self.params["W2"] + self.params["b2"])

    def loss(self, x, t):
        """Cross-entropy of the predictions; t one-hot (N, output) or labels (N,)."""
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        """Fraction of the rows of x whose most probable class is the right one."""
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t)) / x.shape[0]

    def numerical_gradient(self, x, t):
        """d loss / d each parameter, by central differences: a dict with the keys of params."""
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731 - reads the weights changed in place
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}

    def gradient(self, x, t):
        """The same gradients by backpropagation (chapter 5 explains it), much faster."""
        W1, b1, W2 = self.params["W1"], self.params["b1"], self.params["W2"]
        z1 = sigmoid(x @ W1 + b1)
        y = softmax(z1 @ W2 + self.params["b2"])
        if t.ndim == 1:
            t = np.eye(y.shape[1])[t]
        dy = (y - t) / x.shape[0]
        da1 = (dy @ W2.T) * z1 * (1 - z1)
        return {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": z1.T @ dy, "b2": dy.sum(axis=0)}
