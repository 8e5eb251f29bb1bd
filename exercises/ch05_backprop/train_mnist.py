"""Chapter 5: train your two-layer network on MNIST, 70,000 images of handwritten digits.

Run `grade data` once to download MNIST, `grade show ch05.train_mnist` for the full statement,
`grade ch05.train_mnist` to check your work and `grade plot ch05.train_mnist` to watch it learn.
"""

import numpy as np

from grader.datasets import load_mnist

from ..ch04_learning.training import train
from .two_layer_net import TwoLayerNet


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    """Train TwoLayerNet(784, hidden_size, 10) on the 60,000 training images of MNIST.

    Returns (network, history): the trained network itself, and the dict that `train` returns
    (one loss per iteration; the training and test accuracy measured once per epoch).
    """
    # TODO: load the data: (x_train, t_train), (x_test, t_test) = load_mnist(data_dir).
    #       x_train is (60000, 784): one row of 784 pixels per image, scaled to [0, 1];
    #       t_train is (60000,): the digit 0-9 drawn in each image. Keep both as they are.
    # TODO: build the network: 784 inputs (one per pixel), hidden_size hidden units and
    #       10 outputs (one per digit), with seed=seed.
    # TODO: one epoch is one pass over the training set: len(x_train) // batch_size
    #       iterations. Call train(network, x_train, t_train, ...) for epochs of them, passing
    #       batch_size, learning_rate and seed on, the test set as x_test and t_test, and
    #       eval_every = one epoch, so the accuracies are measured once per epoch.
    # TODO: return network, history
    raise NotImplementedError
