"""Chapter 6: overfitting made visible, and two cures. A deep network trained on only 300
images learns them by heart; weight decay and dropout make it generalise better."""

import numpy as np

from grader.datasets import load_mnist

from .multi_layer_net import MultiLayerNet
from .optimizers import SGD

TRAIN_SIZE = 300
TEST_SIZE = 1000  # enough to see the gap, and ten times quicker to measure every epoch
BATCH_SIZE = 100


def train_overfit(*, weight_decay_lambda=0.0, use_dropout=False, dropout_ratio=0.15,
                  epochs=200, seed=0, data_dir=None):
    """Train MultiLayerNet(784, [100] * 6, 10) with SGD(lr=0.01) on the first 300 training
    images of MNIST, in mini-batches of 100. Returns {"train_acc": [...], "test_acc": [...]},
    the accuracy on those 300 images and on the first 1,000 test images after every epoch."""
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir)
    x_train, t_train = x_train[:TRAIN_SIZE], t_train[:TRAIN_SIZE]
    x_test, t_test = x_test[:TEST_SIZE], t_test[:TEST_SIZE]
    network = MultiLayerNet(784, [100] * 6, 10, weight_decay_lambda=weight_decay_lambda,
                            use_dropout=use_dropout, dropout_ratio=dropout_ratio, seed=seed)
    optimizer = SGD(lr=0.01)
    rng = np.random.default_rng(seed)
    history = {"train_acc": [], "test_acc": []}
    for _epoch in range(epochs):
        for _step in range(TRAIN_SIZE // BATCH_SIZE):
            batch = rng.choice(TRAIN_SIZE, BATCH_SIZE)
            optimizer.update(network.params, network.gradient(x_train[batch], t_train[batch]))
        history["train_acc"].append(network.accuracy(x_train, t_train))
        history["test_acc"].append(network.accuracy(x_test, t_test))
    return history
