"""Chapter 7: SimpleConvNet trained on MNIST with Adam, the book's last experiment."""

import numpy as np

from grader.datasets import load_mnist

from ..ch06_techniques.optimizers import Adam
from .simple_convnet import SimpleConvNet

MEASURED = 1000  # images of each set whose accuracy is measured after every epoch


def train_convnet(*, epochs=8, batch_size=100, learning_rate=0.001, train_size=None, seed=0,
                  data_dir=None):
    """Train SimpleConvNet() on the first train_size training images of MNIST (all 60,000 by
    default), in mini-batches, with Adam(lr=learning_rate).

    Returns (network, history): history["loss"] holds the loss of every mini-batch,
    history["train_acc"] and history["test_acc"] the accuracy on the first 1,000 training and
    test images, measured at the end of every epoch (a whole pass over the 70,000 would cost
    about a third of an epoch of training).
    """
    # float32 (beyond the book's float64) halves the memory traffic of every layer
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir, flatten=False,
                                                      dtype=np.float32)
    x_train, t_train = x_train[:train_size], t_train[:train_size]
    network = SimpleConvNet(seed=seed, dtype=np.float32)
    optimizer = Adam(lr=learning_rate)
    rng = np.random.default_rng(seed)
    per_epoch = max(len(x_train) // batch_size, 1)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for _epoch in range(epochs):
        order = rng.permutation(len(x_train))  # every image once per epoch, in a new order
        for i in range(per_epoch):
            batch = order[i * batch_size:(i + 1) * batch_size]
            grads = network.gradient(x_train[batch], t_train[batch])
            optimizer.update(network.params, grads)
            history["loss"].append(float(network.last_loss))  # that of gradient's forward pass
        history["train_acc"].append(network.accuracy(x_train[:MEASURED], t_train[:MEASURED]))
        history["test_acc"].append(network.accuracy(x_test[:MEASURED], t_test[:MEASURED]))
    return network, history
