"""Chapter 4: mini-batch stochastic gradient descent, with a history of the learning.

Run `grade show ch04.training` for the full statement, `grade ch04.training` to check your work
and `grade hint ch04.training` when you are stuck.
"""

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
    # TODO: mini-batch stochastic gradient descent.
    #       - The gradient: grad when given; else the network's own gradient method when it
    #         has one (backpropagation, fast); else its numerical_gradient.
    #       - eval_every, when not given: one epoch, N / batch_size iterations (at least 1).
    #       - Iterations i = 0, 1, …, iters - 1, each with:
    #         · batch_size random row numbers in [0, N), drawn by a generator made from seed
    #           (np.random.default_rng), and those same rows of x_train and t_train;
    #         · the gradients on that batch, and every parameter p moved against its own:
    #               p ← p - learning_rate·∂L/∂p
    #           in place, since a network's layers may share the arrays of its params;
    #         · the batch's loss, as a float, appended to history["loss"];
    #         · when i is a multiple of eval_every (i = 0 too): the accuracy on the whole
    #           training set appended to history["train_acc"], and the accuracy on the test set
    #           to history["test_acc"] when one is given.
    #       - Return history = {"loss": [...], "train_acc": [...], "test_acc": [...]}.
    raise NotImplementedError
