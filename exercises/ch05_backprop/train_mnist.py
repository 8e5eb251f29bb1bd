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
    # TODO: the data, from load_mnist (imported above) with data_dir: the training set and
    #       the test set, each as (images, labels). Training images are (60000, 784), one row
    #       of 784 pixels in [0, 1] per image; labels are (60000,), the digit drawn in each.
    #       The test set holds 10,000 images in the same form.
    # TODO: the network: 784 inputs (one per pixel), hidden_size hidden units, 10 outputs (one
    #       per digit), seeded with seed.
    # TODO: the training, with chapter 4's train: `epochs` epochs, one epoch being one pass
    #       over the training set (N / batch_size iterations). Pass batch_size, learning_rate
    #       and seed on, the test set, and one epoch as eval_every, so that the accuracies are
    #       measured once per epoch. Return the trained network and the history train returns.
    raise NotImplementedError
