"""Chapter 7: a small convolutional network, Conv -> ReLU -> Pool -> Affine -> ReLU -> Affine,
then SoftmaxWithLoss, with its gradient by backpropagation.

Run `grade show ch07.simple_convnet` for the full statement, `grade ch07.simple_convnet` to
check your work and `grade hint ch07.simple_convnet` when you are stuck.
"""

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from ..ch05_backprop.layers import Affine, Relu, SoftmaxWithLoss
from .conv_layers import Convolution, Pooling
from .im2col import conv_output_size


class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28),
                 conv_param={"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},  # noqa: B006 - the book's default, never changed
                 hidden_size=100, output_size=10, weight_init_std=0.01, seed=None):
        """input_dim: (C, H, W) of one image. Builds params W1 b1 W2 b2 W3 b3 and the layers
        Convolution -> Relu -> Pooling(2, 2, stride=2) -> Affine -> Relu -> Affine, then
        SoftmaxWithLoss as the last layer."""
        # TODO: read filter_num, filter_size, pad and stride from conv_param. The convolution
        #       turns each H × W image into maps of conv_h × conv_w (conv_output_size); the
        #       2 × 2 pooling with stride 2 halves both sides (⌊conv_h / 2⌋ × ⌊conv_w / 2⌋), so
        #       the first Affine layer receives filter_num × ⌊conv_h / 2⌋ × ⌊conv_w / 2⌋ values
        #       per image.
        # TODO: self.params, with weights drawn from N(0, weight_init_std²) by a NumPy
        #       random generator made from seed (default_rng), and biases at zero:
        #         W1: (filter_num, C, filter_size, filter_size)   b1: (filter_num,)
        #         W2: (pooled values, hidden_size)                b2: (hidden_size,)
        #         W3: (hidden_size, output_size)                  b3: (output_size,)
        # TODO: self.layers, in order: a Convolution on W1, b1 with the stride and pad of
        #       conv_param, a Relu, a Pooling of 2 × 2 with stride 2, an Affine on W2, b2, a
        #       Relu, an Affine on W3, b3 — built on the very arrays of self.params (no
        #       copies). And self.last_layer, a SoftmaxWithLoss.
        raise NotImplementedError

    def predict(self, x):
        """x: (N, C, H, W) -> scores (N, output_size), before the softmax."""
        # TODO: the output of each layer is the input of the next.
        raise NotImplementedError

    def loss(self, x, t):
        """Mean cross-entropy of softmax(predict(x)); t one-hot or labels."""
        # TODO: the scores from predict, then the last layer's forward with t.
        raise NotImplementedError

    def accuracy(self, x, t, batch_size=100):
        """Fraction of the images whose highest score is the right class, batch_size images at
        a time (all at once, 10,000 images would need gigabytes for im2col)."""
        # TODO: one-hot t -> labels with argmax. Then, slice by slice of batch_size images,
        #       count how many images have their highest score at the right class. Return
        #       that count divided by the number of images.
        raise NotImplementedError

    def numerical_gradient(self, x, t):
        """d loss / d each parameter by central differences (slow: to check `gradient`)."""
        # TODO: as in chapter 5: a function of the weights that returns the loss of x and t
        #       (numerical_gradient changes self.params[key] in place), and one
        #       numerical_gradient per key of self.params.
        raise NotImplementedError

    def gradient(self, x, t):
        """The same gradients by backpropagation: dict W1 b1 W2 b2 W3 b3."""
        # TODO: forward first (the loss of this batch), so that every layer remembers its
        #       inputs.
        # TODO: dout from the last layer's backward(1), then each layer's backward in reverse
        #       order, each one's result handed to the layer before it.
        # TODO: read dW and db from the Convolution (W1, b1) and the two Affine layers
        #       (W2, b2 and W3, b3).
        raise NotImplementedError
