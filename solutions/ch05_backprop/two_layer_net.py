"""Chapter 5: the two-layer network again, now built from layers: Affine -> Relu -> Affine,
then SoftmaxWithLoss. Its gradient comes from backpropagation."""

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from .layers import Affine, Relu, SoftmaxWithLoss


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None,
                 dtype=np.float64):
        """Weights from N(0, weight_init_std²), biases zero; W1: (input, hidden), b1: (hidden,),
        W2: (hidden, output), b2: (output,). The layers share these arrays, so changing a
        parameter in place (as training does) changes the layer too. `dtype` (beyond the book)
        lets training on MNIST run in float32, about twice as fast."""
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype),
            "b1": np.zeros(hidden_size, dtype=dtype),
            "W2": (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype),
            "b2": np.zeros(output_size, dtype=dtype),
        }
        self.layers = [Affine(self.params["W1"], self.params["b1"]), Relu(),
                       Affine(self.params["W2"], self.params["b2"])]
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x):
        """x: (N, input) -> scores (N, output), before the softmax (argmax is the same)."""
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        """Mean cross-entropy of softmax(predict(x)); t one-hot (N, output) or labels (N,)."""
        return self.last_layer.forward(self.predict(x), t)

    def accuracy(self, x, t):
        """Fraction of the rows of x whose highest score is the right class."""
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t)) / x.shape[0]

    def numerical_gradient(self, x, t):
        """d loss / d each parameter by central differences (slow: to check `gradient`)."""
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731 - reads the weights changed in place
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}

    def gradient(self, x, t):
        """The same gradients by backpropagation: forward, then each layer's backward in
        reverse order, from the loss back to the input."""
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        first, *others = self.layers
        for layer in reversed(others):
            dout = layer.backward(dout)
        first.backward(dout, dx=False)  # the gradient of the input x itself is of no use
        second = others[-1]
        return {"W1": first.dW, "b1": first.db, "W2": second.dW, "b2": second.db}
