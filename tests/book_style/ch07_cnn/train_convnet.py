"""train_convnet the way the book trains its network (its ch07/train_convnet.py and the Trainer
of common/trainer.py), rewritten here from its description: images drawn with np.random.choice
(with replacement, unseeded), Adam from the optimizer's name, the loss measured again after
each update, the accuracies measured at the start of each epoch on the first 1,000 images of
each set."""

import numpy as np

from grader.datasets import load_mnist

from ..ch06_techniques.optimizers import Adam
from .simple_convnet import SimpleConvNet


def train_convnet(*, epochs=20, batch_size=100, learning_rate=0.001, train_size=None, seed=0,
                  data_dir=None):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir, flatten=False)
    if train_size is not None:
        x_train, t_train = x_train[:train_size], t_train[:train_size]

    network = SimpleConvNet(input_dim=(1, 28, 28),
                            conv_param={'filter_num': 30, 'filter_size': 5, 'pad': 0,
                                        'stride': 1},
                            hidden_size=100, output_size=10, weight_init_std=0.01)
    optimizer = Adam(lr=learning_rate)
    iter_per_epoch = max(x_train.shape[0] / batch_size, 1)
    max_iter = int(epochs * iter_per_epoch)
    train_loss_list, train_acc_list, test_acc_list = [], [], []

    for i in range(max_iter):
        batch_mask = np.random.choice(x_train.shape[0], batch_size)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        grads = network.gradient(x_batch, t_batch)
        optimizer.update(network.params, grads)
        train_loss_list.append(network.loss(x_batch, t_batch))
        if i % iter_per_epoch == 0:
            train_acc_list.append(network.accuracy(x_train[:1000], t_train[:1000]))
            test_acc_list.append(network.accuracy(x_test[:1000], t_test[:1000]))

    history = {'loss': train_loss_list, 'train_acc': train_acc_list,
               'test_acc': test_acc_list}
    return network, history
