"""Chapter 6: how the scale of the initial weights shapes what flows through a deep network,
measured as in the book: the activations of five layers for standard-normal input.

Run `grade show ch06.weight_init` for the full statement, `grade ch06.weight_init` to check your
work, `grade hint ch06.weight_init` when you are stuck and `grade plot ch06.weight_init` to see
the histograms.
"""

import numpy as np

from ..ch03_neural_network.activations import relu, sigmoid


def xavier_std(n_in):
    """Xavier's scale for sigmoid and tanh: sqrt(1 / n_in) keeps the variance of a layer's
    output close to that of its input."""
    # TODO: return √(1 / n_in), a number. Each unit adds up n_in products x·w: with weights of
    #       this standard deviation, the sum has about the variance of one input.
    raise NotImplementedError


def he_std(n_in):
    """He's scale for ReLU: sqrt(2 / n_in), twice Xavier's variance, since ReLU zeroes half of
    its inputs."""
    # TODO: return √(2 / n_in), a number.
    raise NotImplementedError


def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000,
                          seed=0):
    """The activations of each layer, (samples, nodes) arrays, for `samples` standard-normal
    inputs through `layers` layers of `nodes` units (no biases), weights drawn from
    N(0, weight_std²). activation: "sigmoid", "tanh" or "relu"."""
    # TODO: pick the function f named by activation: sigmoid and relu (imported above) or
    #       np.tanh. A dict from name to function is tidier than a chain of if.
    # TODO: draw the input x, shape (samples, nodes), from the standard normal distribution
    #       (mean 0, variance 1), with a generator seeded by seed, for instance.
    # TODO: for each of the layers:
    #       W, shape (nodes, nodes): standard-normal numbers times weight_std
    #       a = x W  (a matrix product, (samples, nodes)), then z = f(a)
    #       z is this layer's activations, and the next layer's input x.
    #       Return the list of every layer's z, first layer first.
    raise NotImplementedError
