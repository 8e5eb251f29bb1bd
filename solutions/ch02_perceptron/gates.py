"""Chapter 2: logic gates as perceptrons, and the perceptron learning rule."""

import numpy as np


def perceptron(x, w, b):
    """Fire (1) when the weighted sum `sum(w*x) + b` is positive, else 0. Shapes: x, w (D,)."""
    return int(np.sum(np.asarray(w, dtype=float) * np.asarray(x, dtype=float)) + b > 0)


def AND(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.7)


def NAND(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.7)


def OR(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.2)


def NOR(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.2)


def XOR(x1, x2):
    """Two layers: NAND and OR side by side, then AND of their outputs."""
    return AND(NAND(x1, x2), OR(x1, x2))


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    """Rosenblatt's rule: after each wrong answer, `w += lr*(t - o)*x` and `b += lr*(t - o)`.

    X: (N, D) inputs, y: (N,) targets in {0, 1}. Returns `(w, b, errors_per_epoch)`.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.01, size=X.shape[1])
    b = 0.0
    errors_per_epoch = []
    for _ in range(epochs):
        errors = 0
        for i in rng.permutation(len(X)):
            delta = y[i] - perceptron(X[i], w, b)
            w = w + lr * delta * X[i]
            b = b + lr * delta
            errors += int(delta != 0)
        errors_per_epoch.append(errors)
    return w, b, errors_per_epoch
