"""Chapter 2: logic gates as perceptrons, and the perceptron learning rule.

Run `grade show ch02.gates` for the full statement, `grade ch02.gates` to check your work and
`grade hint ch02.gates` when you are stuck.
"""

import numpy as np


def perceptron(x, w, b):
    """Fire (1) when the weighted sum `sum(w*x) + b` is positive, else 0.

    x, w: arrays (or tuples) of the same length D; b: a number. Returns a Python `int`.
    """
    # TODO: multiply the inputs by their weights, add them up, add the bias b.
    #       Return 1 if that total is > 0, otherwise 0, as a plain int: int(total > 0).
    raise NotImplementedError


def AND(x1, x2):
    """1 only when both inputs are 1. Inputs and output are 0 or 1."""
    # TODO: call perceptron((x1, x2), w, b) with weights and a bias you choose, for example
    #       w = (0.5, 0.5) and b = -0.7: the sum passes 0 only when both inputs are on.
    raise NotImplementedError


def NAND(x1, x2):
    """NOT AND: 0 only when both inputs are 1."""
    # TODO: the opposite of AND. Flip the signs of AND's weights and bias.
    raise NotImplementedError


def OR(x1, x2):
    """1 when at least one input is 1."""
    # TODO: like AND, but with a bias small enough that one active input is enough.
    raise NotImplementedError


def NOR(x1, x2):
    """NOT OR: 1 only when both inputs are 0."""
    # TODO: the opposite of OR. Flip the signs of OR's weights and bias.
    raise NotImplementedError


def XOR(x1, x2):
    """1 when exactly one input is 1. No single perceptron can do this: stack two layers."""
    # TODO: first layer: s1 = NAND(x1, x2) and s2 = OR(x1, x2); second layer: AND(s1, s2).
    #       Use only the gates above: no `^`, no `!=`, no table of answers.
    raise NotImplementedError


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    """Learn w and b from examples with the perceptron learning rule.

    X: (N, D) inputs, y: (N,) targets in {0, 1}, lr: learning rate, epochs: passes over the
    data, seed: for the random start and the order of examples.
    Returns `(w, b, errors_per_epoch)`: w of shape (D,), b a number, and a list with the number
    of wrong answers in each epoch.
    """
    # TODO: start from small random weights (rng = np.random.default_rng(seed)) and b = 0.
    #       For each epoch, visit the examples in a random order (rng.permutation(N)).
    #       For each example: o = perceptron(X[i], w, b), delta = y[i] - o,
    #       then w = w + lr * delta * X[i] and b = b + lr * delta. Count examples with delta != 0.
    raise NotImplementedError
