"""Chapter 6: optimizers, the ways of turning a gradient into a step. Each has
`update(params, grads)`, which changes the arrays of `params` in place (a network's layers share
them) and keeps its own state per key between calls.

Run `grade show ch06.optimizers` for the full statement, `grade ch06.optimizers` to check your
work, `grade hint ch06.optimizers` when you are stuck and `grade plot ch06.optimizers` to see
your optimizers at work.
"""

import numpy as np


class SGD:
    """W <- W - lr * dW: a step straight down the slope."""

    def __init__(self, lr=0.01):
        # TODO: keep the learning rate on the object: update needs it later.
        raise NotImplementedError

    def update(self, params, grads):
        """params, grads: dicts of arrays with the same keys and shapes. Changes the arrays of
        params in place; returns nothing."""
        # TODO: for every key, move the parameter against its gradient:
        #       W <- W - lr * dW
        #       Change the array itself (an augmented assignment such as -=), never put a new
        #       array into the dict: the network's layers hold the old one and would not see it.
        raise NotImplementedError


class Momentum:
    """v <- momentum * v - lr * dW; W <- W + v: a ball rolling downhill, gathering speed
    where the slope keeps its direction and damping the zigzags where it does not."""

    def __init__(self, lr=0.01, momentum=0.9):
        # TODO: keep lr and momentum. The velocity v (one array per key of params, shaped like
        #       it) cannot be made yet: the shapes are only known at the first update. Keep an
        #       empty place for it (None, or an empty dict).
        raise NotImplementedError

    def update(self, params, grads):
        """Changes the arrays of params in place, remembering each key's velocity."""
        # TODO: at the first call, give every key a velocity of zeros shaped like its parameter
        #       (np.zeros_like helps), and keep it on self for the next calls.
        # TODO: then, for every key:
        #       v <- momentum * v - lr * dW     (the old velocity, slowed, plus a push downhill)
        #       W <- W + v                      (in place)
        raise NotImplementedError


class AdaGrad:
    """h <- h + dW²; W <- W - lr * dW / sqrt(h): each parameter's step shrinks as its
    gradients add up, so the steepest directions slow down first."""

    def __init__(self, lr=0.01):
        # TODO: keep lr, and an empty place for h (one array per key, made at the first update).
        raise NotImplementedError

    def update(self, params, grads):
        """Changes the arrays of params in place, adding up each key's squared gradients."""
        # TODO: at the first call, h starts as zeros shaped like each parameter.
        # TODO: then, for every key (squares, square roots and divisions are elementwise):
        #       h <- h + dW * dW                           (a running total: it only grows)
        #       W <- W - lr * dW / (sqrt(h) + 1e-7)        (1e-7 avoids dividing by 0)
        raise NotImplementedError


class RMSprop:
    """AdaGrad with a memory that fades: h <- decay_rate * h + (1 - decay_rate) * dW², so the
    steps do not shrink to nothing."""

    def __init__(self, lr=0.01, decay_rate=0.99):
        # TODO: keep lr and decay_rate, and an empty place for h.
        raise NotImplementedError

    def update(self, params, grads):
        """Changes the arrays of params in place, keeping a running average of the squared
        gradients per key."""
        # TODO: h starts as zeros shaped like each parameter. Then, for every key:
        #       h <- decay_rate * h + (1 - decay_rate) * dW * dW   (old squares fade away)
        #       W <- W - lr * dW / (sqrt(h) + 1e-7)
        raise NotImplementedError


class Adam:
    """Momentum and RMSprop together: m and v are running means of dW and dW², corrected for
    starting at 0 (t counts the updates), and W <- W - lr * m̂ / sqrt(v̂). The first step moves
    each parameter by about lr, against the sign of its gradient."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        # TODO: keep lr, beta1 and beta2; count the updates made so far (0 for now); keep an
        #       empty place for m and v (one array per key each, made at the first update).
        raise NotImplementedError

    def update(self, params, grads):
        """Changes the arrays of params in place, keeping both moments per key."""
        # TODO: m and v start as zeros shaped like each parameter. Count this update: t = 1 at
        #       the first call, 2 at the next...
        # TODO: m and v start at 0, so at first they are far too small. The book folds the
        #       correction into the step size of this update:
        #       lr_t = lr * sqrt(1 - beta2**t) / (1 - beta1**t)
        # TODO: then, for every key:
        #       m <- m + (1 - beta1) * (dW - m)          (that is beta1 * m + (1 - beta1) * dW)
        #       v <- v + (1 - beta2) * (dW * dW - v)
        #       W <- W - lr_t * m / (sqrt(v) + 1e-7)
        raise NotImplementedError
