"""Chapter 6: a fully connected network of any depth, with the chapter's techniques as
switches: the initial weight scale, weight decay, dropout and batch normalization."""

from itertools import pairwise

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from ..ch05_backprop.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from .batch_norm import BatchNormalization
from .dropout import Dropout

ACTIVATIONS = {"relu": Relu, "sigmoid": Sigmoid}


def weight_scale(weight_init_std, n_in):
    """The standard deviation of a layer's initial weights: He's sqrt(2 / n_in) for ReLU,
    Xavier's sqrt(1 / n_in) for sigmoid, or the number given."""
    name = str(weight_init_std).lower()
    if name in ("relu", "he"):
        return np.sqrt(2.0 / n_in)
    if name in ("sigmoid", "xavier"):
        return np.sqrt(1.0 / n_in)
    return weight_init_std


class MultiLayerNet:
    def __init__(self, input_size, hidden_size_list, output_size, activation="relu",
                 weight_init_std="relu", weight_decay_lambda=0, use_dropout=False,
                 dropout_ratio=0.5, use_batchnorm=False, seed=None):
        """Hidden layers Affine -> (BatchNormalization) -> activation -> (Dropout), one per
        entry of hidden_size_list, then Affine and SoftmaxWithLoss. params: W1 b1 ... W{L+1}
        b{L+1}, and gamma{i} beta{i} for each hidden layer with batch normalization; every
        layer is built on these very arrays."""
        self.rng = np.random.default_rng(seed)
        self.weight_init_std = weight_init_std
        self.weight_decay_lambda = weight_decay_lambda
        self.params, self.layers = {}, []
        sizes = [input_size, *hidden_size_list]
        for i, (n_in, n_out) in enumerate(pairwise(sizes), start=1):
            self.layers.append(self._affine(i, n_in, n_out))
            if use_batchnorm:
                self.params[f"gamma{i}"], self.params[f"beta{i}"] = np.ones(n_out), np.zeros(n_out)
                self.layers.append(BatchNormalization(self.params[f"gamma{i}"],
                                                      self.params[f"beta{i}"]))
            self.layers.append(ACTIVATIONS[activation]())
            if use_dropout:
                self.layers.append(Dropout(dropout_ratio))
        self.layers.append(self._affine(len(sizes), sizes[-1], output_size))
        self.last_layer = SoftmaxWithLoss()

    def _affine(self, i, n_in, n_out):
        """Wi (n_in, n_out) drawn at the chosen scale, bi zeros, and the layer built on them."""
        scale = weight_scale(self.weight_init_std, n_in)
        self.params[f"W{i}"] = scale * self.rng.standard_normal((n_in, n_out))
        self.params[f"b{i}"] = np.zeros(n_out)
        return Affine(self.params[f"W{i}"], self.params[f"b{i}"])

    def predict(self, x, train_flg=False):
        """Scores (N, output_size); dropout and batch normalization behave as in training
        when train_flg is True."""
        for layer in self.layers:
            if isinstance(layer, (Dropout, BatchNormalization)):
                x = layer.forward(x, train_flg)
            else:
                x = layer.forward(x)
        return x

    def loss(self, x, t, train_flg=False):
        """Cross-entropy plus weight decay, 0.5 * lambda * the sum of every squared weight (not
        the biases): large weights cost something, so the network keeps them small."""
        decay = sum(np.sum(W**2) for key, W in self.params.items() if key.startswith("W"))
        return (self.last_layer.forward(self.predict(x, train_flg), t)
                + 0.5 * self.weight_decay_lambda * decay)

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x, train_flg=False), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t)) / x.shape[0]

    def numerical_gradient(self, x, t):
        """Central differences of the training-mode loss, for checking `gradient`."""
        loss_w = lambda _w: self.loss(x, t, train_flg=True)  # noqa: E731 - reads params in place
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}

    def gradient(self, x, t):
        """Backpropagation through every layer; the weights' gradients get lambda * W, the
        slope of the weight decay term."""
        self.loss(x, t, train_flg=True)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        grads = {}
        affine = [layer for layer in self.layers if isinstance(layer, Affine)]
        norms = [layer for layer in self.layers if isinstance(layer, BatchNormalization)]
        for i, layer in enumerate(affine, start=1):
            grads[f"W{i}"] = layer.dW + self.weight_decay_lambda * self.params[f"W{i}"]
            grads[f"b{i}"] = layer.db
        for i, layer in enumerate(norms, start=1):
            grads[f"gamma{i}"], grads[f"beta{i}"] = layer.dgamma, layer.dbeta
        return grads
