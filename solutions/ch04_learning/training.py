"""Chapter 4: mini-batch stochastic gradient descent, with a history of the learning."""

import numpy as np


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    """Train `network` in place. x_train: (N, D); t_train: (N, C) one-hot or (N,) labels.

    Each iteration draws `batch_size` random rows, computes `grad(x_batch, t_batch)` (by default
    network.gradient, else network.numerical_gradient), moves every parameter by
    `-learning_rate * gradient` and records the batch's loss. Every `eval_every` iterations
    (by default once per epoch, N // batch_size iterations), starting with the first, it records
    the accuracy on the whole training set and, when given, on the test set.
    Returns {"loss": [...] one per iteration, "train_acc": [...], "test_acc": [...]}.
    """
    if grad is None:
        grad = getattr(network, "gradient", None) or network.numerical_gradient
    if eval_every is None:
        eval_every = max(len(x_train) // batch_size, 1)
    rng = np.random.default_rng(seed)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for i in range(iters):
        batch = rng.choice(len(x_train), batch_size)
        x_batch, t_batch = x_train[batch], t_train[batch]
        grads = grad(x_batch, t_batch)
        for key in network.params:
            network.params[key] -= learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_batch, t_batch)))
        if i % eval_every == 0:
            history["train_acc"].append(float(network.accuracy(x_train, t_train)))
            if x_test is not None:
                history["test_acc"].append(float(network.accuracy(x_test, t_test)))
    return history
