"""Chapter 5: the network of this chapter trained on MNIST, with the loop of chapter 4."""

import numpy as np

from grader.datasets import load_mnist

from ..ch04_learning.training import train
from .two_layer_net import TwoLayerNet


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    """Train TwoLayerNet(784, hidden_size, 10) on the 60,000 training images of MNIST.

    Returns (network, history): history is train's, with the loss of every mini-batch and the
    training and test accuracy measured once per epoch (at its start).
    """
    # float32 (beyond the book's float64) halves the memory traffic of every product, and is
    # plenty for learning; pixels in [0, 1] in the same precision, so nothing is converted.
    network = TwoLayerNet(784, hidden_size, 10, seed=seed, dtype=np.float32)
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir, dtype=np.float32)
    per_epoch = len(x_train) // batch_size
    history = train(network, x_train, t_train, iters=epochs * per_epoch, batch_size=batch_size,
                    learning_rate=learning_rate, seed=seed, x_test=x_test, t_test=t_test,
                    eval_every=per_epoch)
    return network, history
