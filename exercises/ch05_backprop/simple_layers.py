"""Chapter 5: the simplest layers of a computational graph, multiplication and addition.

Run `grade show ch05.simple_layers` for the full statement, `grade ch05.simple_layers` to check
your work and `grade hint ch05.simple_layers` when you are stuck.
"""


class MulLayer:
    """out = x * y. Keeps x and y: the derivative with respect to one is the other."""

    def forward(self, x, y):
        """x, y: numbers (or arrays of the same shape) -> x * y."""
        # TODO: backward will need both inputs, so remember them: self.x = x; self.y = y.
        #       Then return their product x * y.
        raise NotImplementedError

    def backward(self, dout):
        """dout: the gradient of the final result with respect to out -> (dx, dy)."""
        # TODO: chain rule: d(out)/dx = y and d(out)/dy = x, each multiplied by the gradient
        #       dout that arrives from the layer above:
        #       dx = dout * self.y; dy = dout * self.x   (note the swap: x's gradient uses y)
        #       return dx, dy
        raise NotImplementedError


class AddLayer:
    """out = x + y. Addition passes the gradient on unchanged to both inputs."""

    def forward(self, x, y):
        """x, y: numbers (or arrays of the same shape) -> x + y."""
        # TODO: return x + y. Nothing needs remembering: the derivative of a sum is 1 for each
        #       input, whatever x and y were.
        raise NotImplementedError

    def backward(self, dout):
        """dout: the gradient with respect to out -> (dx, dy)."""
        # TODO: d(out)/dx = d(out)/dy = 1, so both inputs receive dout itself:
        #       return dout * 1, dout * 1
        raise NotImplementedError
