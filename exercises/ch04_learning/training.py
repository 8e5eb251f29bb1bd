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
    # TODO: 1. If grad is None, use network.gradient when the network has one (it is fast),
    #          otherwise network.numerical_gradient:  getattr(network, "gradient", None)
    #       2. If eval_every is None, evaluate once per epoch: max(N // batch_size, 1).
    #       3. rng = np.random.default_rng(seed); history = {"loss": [], "train_acc": [],
    #          "test_acc": []}
    #       4. For i in range(iters):
    #          - batch = rng.choice(N, batch_size): random row numbers (N = len(x_train));
    #            x_batch, t_batch = x_train[batch], t_train[batch]  (the same rows for both)
    #          - grads = grad(x_batch, t_batch)
    #          - for every key of network.params: params[key] -= learning_rate * grads[key]
    #            (minus: go downhill, against the gradient)
    #          - append float(network.loss(x_batch, t_batch)) to history["loss"]
    #          - if i % eval_every == 0: append network.accuracy(x_train, t_train) to
    #            history["train_acc"], and the test accuracy too when x_test is given.
    #       5. Return history.
    raise NotImplementedError
