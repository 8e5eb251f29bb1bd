"""Chapter 7: a small convolutional network, Conv -> ReLU -> Pool -> Affine -> ReLU -> Affine,
then SoftmaxWithLoss, with its gradient by backpropagation."""

import numpy as np

from ..ch04_learning.gradient import numerical_gradient
from ..ch05_backprop.layers import Affine, Relu, SoftmaxWithLoss
from .conv_layers import Convolution, Pooling
from .im2col import conv_output_size


class SimpleConvNet:
    def __init__(self, input_dim=(1, 28, 28),
                 conv_param={"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},  # noqa: B006 - the book's default, never changed
                 hidden_size=100, output_size=10, weight_init_std=0.01, seed=None,
                 dtype=np.float64):
        """input_dim: (C, H, W) of one image. W1: (filter_num, C, size, size) filters, W2: the
        pooled maps (filter_num * pool_h * pool_w) to hidden_size, W3: hidden to output; weights
        from N(0, weight_init_std²), biases 0. The layers share these arrays. `dtype` (beyond
        the book) lets training run in float32."""
        filters, size = conv_param["filter_num"], conv_param["filter_size"]
        stride, pad = conv_param["stride"], conv_param["pad"]
        conv_h = conv_output_size(input_dim[1], size, stride, pad)
        conv_w = conv_output_size(input_dim[2], size, stride, pad)
        pooled = filters * (conv_h // 2) * (conv_w // 2)  # after a 2×2 pooling of stride 2
        rng = np.random.default_rng(seed)

        def weights(*shape):
            return (weight_init_std * rng.standard_normal(shape)).astype(dtype)

        self.params = {
            "W1": weights(filters, input_dim[0], size, size), "b1": np.zeros(filters, dtype),
            "W2": weights(pooled, hidden_size), "b2": np.zeros(hidden_size, dtype),
            "W3": weights(hidden_size, output_size), "b3": np.zeros(output_size, dtype),
        }
        self.layers = [Convolution(self.params["W1"], self.params["b1"], stride, pad), Relu(),
                       Pooling(2, 2, stride=2), Affine(self.params["W2"], self.params["b2"]),
                       Relu(), Affine(self.params["W3"], self.params["b3"])]
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x):
        """x: (N, C, H, W) -> scores (N, output_size), before the softmax."""
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        """Mean cross-entropy of softmax(predict(x)); t one-hot or labels."""
        return self.last_layer.forward(self.predict(x), t)

    def accuracy(self, x, t, batch_size=100):
        """Fraction of the images whose highest score is the right class, batch_size images at
        a time (all at once, 10,000 images would need gigabytes for im2col)."""
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        right = sum(int(np.sum(np.argmax(self.predict(x[i:i + batch_size]), axis=1)
                               == t[i:i + batch_size]))
                    for i in range(0, len(x), batch_size))
        return right / len(x)

    def numerical_gradient(self, x, t):
        """d loss / d each parameter by central differences (slow: to check `gradient`)."""
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731 - reads the weights changed in place
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}

    def gradient(self, x, t):
        """The same gradients by backpropagation: forward, then backward through the layers in
        reverse order. Keeps the loss of that forward pass as last_loss (beyond the book), so
        a training loop can record it without a second forward pass."""
        self.last_loss = self.loss(x, t)
        dout = self.last_layer.backward(1)
        first, *others = self.layers
        for layer in reversed(others):
            dout = layer.backward(dout)
        first.backward(dout, dx=False)  # the gradient of the images themselves is of no use
        conv, hidden, output = first, others[2], others[4]
        return {"W1": conv.dW, "b1": conv.db, "W2": hidden.dW, "b2": hidden.db,
                "W3": output.dW, "b3": output.db}
