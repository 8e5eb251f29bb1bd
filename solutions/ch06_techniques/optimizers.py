"""Chapter 6: optimizers, the ways of turning a gradient into a step. Each has
`update(params, grads)`, which changes the arrays of `params` in place (a network's layers share
them) and keeps its own state per key between calls."""

import numpy as np

EPS = 1e-7  # keeps the divisions finite while a squared-gradient sum is still 0


def _zeros(state: dict, params: dict) -> dict:
    """One array of zeros per parameter, made at the first update (shapes are known then)."""
    for key, value in params.items():
        if key not in state:
            state[key] = np.zeros_like(value)
    return state


class SGD:
    """W <- W - lr * dW: a step straight down the slope."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


class Momentum:
    """v <- momentum * v - lr * dW; W <- W + v: a ball rolling downhill, gathering speed
    where the slope keeps its direction and damping the zigzags where it does not."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum = lr, momentum
        self.v = {}

    def update(self, params, grads):
        v = _zeros(self.v, params)
        for key in params:
            v[key] = self.momentum * v[key] - self.lr * grads[key]
            params[key] += v[key]


class AdaGrad:
    """h <- h + dW²; W <- W - lr * dW / sqrt(h): each parameter's step shrinks as its
    gradients add up, so the steepest directions slow down first."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = {}

    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)


class RMSprop:
    """AdaGrad with a memory that fades: h <- decay_rate * h + (1 - decay_rate) * dW², so the
    steps do not shrink to nothing."""

    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr, self.decay_rate = lr, decay_rate
        self.h = {}

    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] *= self.decay_rate
            h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)


class Adam:
    """Momentum and RMSprop together: m and v are running means of dW and dW², corrected for
    starting at 0 (t counts the updates), and W <- W - lr * m̂ / sqrt(v̂). The first step moves
    each parameter by about lr, against the sign of its gradient."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.t = 0
        self.m, self.v = {}, {}

    def update(self, params, grads):
        m, v = _zeros(self.m, params), _zeros(self.v, params)
        self.t += 1
        # the bias corrections of m and v folded into one step size, as the book does
        lr_t = self.lr * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
        for key in params:
            m[key] += (1 - self.beta1) * (grads[key] - m[key])
            v[key] += (1 - self.beta2) * (grads[key] ** 2 - v[key])
            params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + EPS)
