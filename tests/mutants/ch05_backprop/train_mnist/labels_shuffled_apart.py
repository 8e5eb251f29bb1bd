"""Shuffles the images and the labels each on its own: every image gets another's label."""
# kills: reaches_test_accuracy loss_falls
# hint: labels_apart
# first hint says: en "own labels" · fr "propres étiquettes" · ja "自分のラベル"

import numpy as np


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir)
    rng = np.random.default_rng(seed)
    x_train = x_train[rng.permutation(len(x_train))]
    t_train = t_train[rng.permutation(len(t_train))]
    network = TwoLayerNet(784, hidden_size, 10, seed=seed)
    per_epoch = len(x_train) // batch_size
    history = train(network, x_train, t_train, iters=epochs * per_epoch, batch_size=batch_size,
                    learning_rate=learning_rate, seed=seed, x_test=x_test, t_test=t_test,
                    eval_every=per_epoch)
    return network, history
