"""The book's MNIST training script as a function: its own loop, as the book writes it (one
accuracy on the training and test sets per epoch), for the kit's train_mnist interface."""

import numpy as np

from grader.datasets import load_mnist

from .two_layer_net import TwoLayerNet


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    np.random.seed(seed)
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir, normalize=True,
                                                      one_hot_label=True)

    network = TwoLayerNet(input_size=784, hidden_size=hidden_size, output_size=10)

    train_size = x_train.shape[0]
    iter_per_epoch = max(train_size // batch_size, 1)
    iters_num = epochs * iter_per_epoch

    train_loss_list = []
    train_acc_list = []
    test_acc_list = []

    for i in range(iters_num):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]

        grad = network.gradient(x_batch, t_batch)

        for key in ('W1', 'b1', 'W2', 'b2'):
            network.params[key] -= learning_rate * grad[key]

        loss = network.loss(x_batch, t_batch)
        train_loss_list.append(float(loss))

        if i % iter_per_epoch == 0:
            train_acc_list.append(float(network.accuracy(x_train, t_train)))
            test_acc_list.append(float(network.accuracy(x_test, t_test)))

    history = {'loss': train_loss_list, 'train_acc': train_acc_list,
               'test_acc': test_acc_list}
    return network, history
