"""Chapter 6: overfitting made visible, and two cures. A deep network trained on only 300
images learns them by heart; weight decay and dropout make it generalise better.

Run `grade data` once to download MNIST, `grade show ch06.overfitting` for the full
statement, `grade ch06.overfitting` to check your work and `grade plot ch06.overfitting` to see
the curves.
"""

import numpy as np

from grader.datasets import load_mnist

from .multi_layer_net import MultiLayerNet
from .optimizers import SGD


def train_overfit(*, weight_decay_lambda=0.0, use_dropout=False, dropout_ratio=0.15,
                  epochs=200, seed=0, data_dir=None):
    """Train MultiLayerNet(784, [100] * 6, 10) with SGD(lr=0.01) on the first 300 training
    images of MNIST, in mini-batches of 100. Returns {"train_acc": [...], "test_acc": [...]},
    the accuracy on those 300 images and on the first 1,000 test images after every epoch."""
    # TODO: load MNIST with load_mnist, from the folder data_dir, then keep the first 300
    #       training images with their labels, and the first 1,000 test images with theirs.
    # TODO: the network: 784 inputs, six hidden layers of 100 units, 10 outputs, with
    #       weight_decay_lambda, use_dropout and dropout_ratio passed on (and seed=seed).
    #       The optimizer: SGD with a learning rate of 0.01.
    # TODO: each epoch is 3 updates: draw 100 indices at random among the 300 images
    #       (with a generator seeded by seed, or np.random), compute the network's gradient on
    #       that batch, and let the optimizer update the network's params.
    # TODO: after each epoch, append the accuracy on the 300 training images and on the
    #       1,000 test images to two lists; return them as {"train_acc": ..., "test_acc": ...}.
    raise NotImplementedError
