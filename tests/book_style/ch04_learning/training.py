"""The book's training script turned into the kit's train function: mini-batches drawn with
np.random.choice (seeded, so that a seed replays a run), one accuracy per epoch."""

import numpy as np


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    np.random.seed(seed)
    if grad is None:
        if hasattr(network, 'gradient'):
            grad = network.gradient
        else:
            grad = network.numerical_gradient

    train_size = x_train.shape[0]
    if eval_every is None:
        eval_every = max(train_size // batch_size, 1)

    train_loss_list = []
    train_acc_list = []
    test_acc_list = []

    for i in range(iters):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]

        grads = grad(x_batch, t_batch)
        for key in network.params:
            network.params[key] -= learning_rate * grads[key]

        loss = network.loss(x_batch, t_batch)
        train_loss_list.append(float(loss))

        if i % eval_every == 0:
            train_acc_list.append(float(network.accuracy(x_train, t_train)))
            if x_test is not None:
                test_acc_list.append(float(network.accuracy(x_test, t_test)))

    return {'loss': train_loss_list, 'train_acc': train_acc_list, 'test_acc': test_acc_list}
