"""Chapter 7: train your convolutional network on MNIST with Adam, the book's last experiment.

Run `grade data` once to download MNIST, `grade show ch07.train_convnet` for the full statement,
`grade ch07.train_convnet` to check your work and `grade plot ch07.train_convnet` to see the
filters your network learns.
"""

import numpy as np

from grader.datasets import load_mnist

from ..ch06_techniques.optimizers import Adam
from .simple_convnet import SimpleConvNet


def train_convnet(*, epochs=8, batch_size=100, learning_rate=0.001, train_size=None, seed=0,
                  data_dir=None):
    """Train SimpleConvNet() on the first train_size training images of MNIST (all 60,000 by
    default), in mini-batches, with Adam(lr=learning_rate).

    Returns (network, history): history["loss"] holds the loss of every mini-batch,
    history["train_acc"] and history["test_acc"] the accuracy on the first 1,000 training and
    test images, measured once per epoch.
    """
    # TODO: load the data as images, not rows: load_mnist(data_dir, flatten=False) gives x of
    #       shape (N, 1, 28, 28), pixels in [0, 1], and t as labels 0-9. Keep only the first
    #       train_size training images and labels (all of them when train_size is None).
    # TODO: the network, a SimpleConvNet with its default sizes (and seed), and the
    #       optimizer, an Adam whose learning rate is learning_rate. The history is a dict of
    #       three empty lists to fill: "loss", "train_acc" and "test_acc".
    # TODO: one epoch is len(x_train) // batch_size updates. For each update: draw batch_size
    #       images with their labels (a fresh random order of the training set each epoch,
    #       from a generator seeded with seed, or np.random.choice as the book does), compute
    #       network.gradient on them, let the optimizer update network.params in place, and
    #       append the loss of the batch to history["loss"] as a float.
    # TODO: after each epoch, append the accuracy on the first 1,000 training images and on
    #       the first 1,000 test images (a whole pass over the 70,000 would cost a third of an
    #       epoch).
    # TODO: hand back the trained network and its history, as a pair.
    raise NotImplementedError
