"""Chapter 6: a fully connected network of any depth, with the chapter's techniques as
switches: the initial weight scale, weight decay, dropout and batch normalization.

Run `grade show ch06.multi_layer_net` for the full statement, `grade ch06.multi_layer_net` to
check your work and `grade hint ch06.multi_layer_net` when you are stuck.
"""

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from ..ch05_backprop.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from .batch_norm import BatchNormalization
from .dropout import Dropout


class MultiLayerNet:
    def __init__(self, input_size, hidden_size_list, output_size, activation="relu",
                 weight_init_std="relu", weight_decay_lambda=0, use_dropout=False,
                 dropout_ratio=0.5, use_batchnorm=False, seed=None):
        """Hidden layers Affine -> (BatchNormalization) -> activation -> (Dropout), one per
        entry of hidden_size_list, then Affine and SoftmaxWithLoss. params: W1 b1 ... W{L+1}
        b{L+1}, and gamma{i} beta{i} for each hidden layer with batch normalization; every
        layer is built on these very arrays."""
        # TODO: the sizes of every layer in a row: input_size, then hidden_size_list, then
        #       output_size. Layer i (from 1) has Wi, shape (size before, size after), drawn
        #       from a normal distribution, and bi, zeros of the size after.
        # TODO: the standard deviation of Wi, for a layer with n inputs:
        #       weight_init_std "relu" or "he": √(2 / n);  "sigmoid" or "xavier": √(1 / n);
        #       a number: that number.
        # TODO: the layers, in order, each built on the very arrays of self.params (no copy):
        #       for each hidden layer i: Affine(Wi, bi); with use_batchnorm, a
        #       BatchNormalization on new parameters gammai (ones) and betai (zeros) kept in
        #       self.params too; Relu() or Sigmoid() as activation says; with use_dropout,
        #       Dropout(dropout_ratio). Then the last Affine, and SoftmaxWithLoss apart.
        # TODO: keep weight_decay_lambda for loss and gradient.
        raise NotImplementedError

    def predict(self, x, train_flg=False):
        """Scores (N, output_size); dropout and batch normalization behave as in training
        when train_flg is True."""
        # TODO: x through every layer's forward, in order. BatchNormalization and Dropout
        #       also take train_flg; the others take x alone. Stop before SoftmaxWithLoss.
        raise NotImplementedError

    def loss(self, x, t, train_flg=False):
        """Cross-entropy plus weight decay, 0.5 * lambda * the sum of every squared weight (not
        the biases): large weights cost something, so the network keeps them small."""
        # TODO: the last layer's loss on predict(x, train_flg), plus
        #       ½ · λ · Σ ‖Wi‖²   (every squared entry of every weight matrix, biases left out)
        raise NotImplementedError

    def accuracy(self, x, t):
        # TODO: the share of rows whose highest score (predict in test mode) is the right
        #       class; t holds labels, or one-hot rows to turn into labels first.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """Central differences of the training-mode loss, for checking `gradient`."""
        # TODO: as in chapter 5: numerical_gradient of a function returning the loss (in
        #       training mode, train_flg=True) for every key of self.params.
        raise NotImplementedError

    def gradient(self, x, t):
        """Backpropagation through every layer; the weights' gradients get lambda * W, the
        slope of the weight decay term."""
        # TODO: the training-mode loss first (every layer remembers this batch), then
        #       backward from the last layer (dout = 1) through every layer in reverse order.
        # TODO: a dict with one gradient per key of self.params:
        #       Wi: the Affine layer's dW + λ · Wi  (the slope of ½ · λ · ‖Wi‖²)
        #       bi: its db;  gammai, betai: the BatchNormalization layer's dgamma, dbeta
        raise NotImplementedError
