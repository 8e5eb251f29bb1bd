"""Chapter 2 as the book writes it: each gate computes its own weighted sum."""

import numpy as np


def perceptron(x, w, b):
    tmp = np.sum(np.array(w) * np.array(x)) + b
    if tmp <= 0:
        return 0
    else:
        return 1


def AND(x1, x2):
    x = np.array([x1, x2])
    w = np.array([0.5, 0.5])
    b = -0.7
    tmp = np.sum(w * x) + b
    if tmp <= 0:
        return 0
    else:
        return 1


def NAND(x1, x2):
    x = np.array([x1, x2])
    w = np.array([-0.5, -0.5])
    b = 0.7
    tmp = np.sum(w * x) + b
    if tmp <= 0:
        return 0
    else:
        return 1


def OR(x1, x2):
    x = np.array([x1, x2])
    w = np.array([0.5, 0.5])
    b = -0.2
    tmp = np.sum(w * x) + b
    if tmp <= 0:
        return 0
    else:
        return 1


def NOR(x1, x2):
    x = np.array([x1, x2])
    w = np.array([-0.5, -0.5])
    b = 0.2
    tmp = np.sum(w * x) + b
    if tmp <= 0:
        return 0
    else:
        return 1


def XOR(x1, x2):
    s1 = NAND(x1, x2)
    s2 = OR(x1, x2)
    y = AND(s1, s2)
    return y


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, X.shape[1])
    b = 0.0
    errors_per_epoch = []
    for _ in range(epochs):
        errors = 0
        for i in rng.permutation(len(X)):
            out = perceptron(X[i], w, b)
            w = w + lr * (y[i] - out) * X[i]
            b = b + lr * (y[i] - out)
            if out != y[i]:
                errors += 1
        errors_per_epoch.append(errors)
    return w, b, errors_per_epoch
