"""Chapter 5: the two-layer network again, now built from layers: Affine -> Relu -> Affine,
then SoftmaxWithLoss. Its gradient comes from backpropagation.

Run `grade show ch05.two_layer_net` for the full statement, `grade ch05.two_layer_net` to check
your work and `grade hint ch05.two_layer_net` when you are stuck.
"""

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from .layers import Affine, Relu, SoftmaxWithLoss


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        """Weights drawn from N(0, weight_init_std²), biases zero. W1: (input, hidden),
        b1: (hidden,), W2: (hidden, output), b2: (output,)."""
        # TODO: rng = np.random.default_rng(seed), then self.params = {"W1": weight_init_std *
        #       rng.standard_normal((input_size, hidden_size)), "b1": np.zeros(hidden_size),
        #       "W2": ..., "b2": ...}, as in chapter 4.
        # TODO: build the layers from those very arrays (no copies, so that a training step
        #       that changes self.params in place changes the layers too):
        #       self.layers = [Affine(self.params["W1"], self.params["b1"]), Relu(),
        #                      Affine(self.params["W2"], self.params["b2"])]
        #       self.last_layer = SoftmaxWithLoss()
        raise NotImplementedError

    def predict(self, x):
        """x: (N, input) -> scores (N, output), before the softmax."""
        # TODO: pass x through each layer in turn: for layer in self.layers:
        #       x = layer.forward(x); return x. The softmax is left to the last layer (in
        #       loss): the highest score is the most probable class anyway.
        raise NotImplementedError

    def loss(self, x, t):
        """Mean cross-entropy of softmax(predict(x)); t one-hot (N, output) or labels (N,)."""
        # TODO: return self.last_layer.forward(self.predict(x), t)
        raise NotImplementedError

    def accuracy(self, x, t):
        """Fraction of the rows of x whose highest score is the right class."""
        # TODO: as in chapter 4: y = np.argmax(self.predict(x), axis=1); turn a one-hot t into
        #       labels with np.argmax(t, axis=1); return the fraction of rows where y == t.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """d loss / d each parameter by central differences: a dict with the keys of params."""
        # TODO: as in chapter 4: loss_w = lambda w: self.loss(x, t), then
        #       {key: numerical_gradient(loss_w, self.params[key]) for each key}.
        raise NotImplementedError

    def gradient(self, x, t):
        """The same dict by backpropagation: W1 (input, hidden), b1 (hidden,), W2, b2."""
        # TODO: 1. forward: self.loss(x, t) makes every layer remember what backward needs.
        #       2. backward: dout = self.last_layer.backward(1), then hand dout to each layer
        #          from the last to the first: for layer in reversed(self.layers):
        #          dout = layer.backward(dout)
        #       3. the Affine layers now hold dW and db: return {"W1": self.layers[0].dW,
        #          "b1": self.layers[0].db, "W2": self.layers[2].dW, "b2": self.layers[2].db}
        raise NotImplementedError
