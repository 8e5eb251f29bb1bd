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
        # TODO: the parameters, as in chapter 4: a dict self.params with W1, b1, W2, b2,
        #       weights from N(0, weight_init_std²) and biases zero.
        # TODO: then the layers, in order: Affine(W1, b1) → Relu → Affine(W2, b2) (a list, or
        #       the book's OrderedDict), and a SoftmaxWithLoss kept apart as the last layer.
        #       Give the Affine layers the very arrays of self.params, not copies: training
        #       changes the parameters in place, and the layers must see the change.
        raise NotImplementedError

    def predict(self, x):
        """x: (N, input) -> scores (N, output), before the softmax."""
        # TODO: x goes through each layer's forward in turn; return the scores of the last
        #       Affine layer. The softmax is left to the last layer, which loss uses: the
        #       highest score is the most probable class anyway.
        raise NotImplementedError

    def loss(self, x, t):
        """Mean cross-entropy of softmax(predict(x)); t one-hot (N, output) or labels (N,)."""
        # TODO: L = the last layer's forward on the scores of x and the targets t (softmax,
        #       then the mean cross-entropy).
        raise NotImplementedError

    def accuracy(self, x, t):
        """Fraction of the rows of x whose highest score is the right class."""
        # TODO: as in chapter 4: a row's predicted class is its highest score; turn a one-hot
        #       t into labels, and return the fraction of rows where the two agree, as a float.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """d loss / d each parameter by central differences: a dict with the keys of params."""
        # TODO: as in chapter 4: ∂L/∂p for each parameter array p of self.params, by chapter
        #       4's numerical_gradient. Slow, but a trustworthy check of gradient below.
        raise NotImplementedError

    def gradient(self, x, t):
        """The same dict by backpropagation: W1 (input, hidden), b1 (hidden,), W2, b2."""
        # TODO: backpropagation, in three steps:
        #       1. forward: compute the loss, so that every layer keeps what its backward needs;
        #       2. backward: start at the last layer with dout = ∂L/∂L = 1, then hand each
        #          result to the backward of the layer before, down to the first layer;
        #       3. the Affine layers now hold their dW and db: return them in a dict with the
        #          keys of self.params (W1 and b1 from the first, W2 and b2 from the second).
        raise NotImplementedError
