"""Chapter 5: the simplest layers of a computational graph, multiplication and addition.

Run `grade show ch05.simple_layers` for the full statement, `grade ch05.simple_layers` to check
your work and `grade hint ch05.simple_layers` when you are stuck.
"""


class MulLayer:
    """out = x * y. Keeps x and y: the derivative with respect to one is the other."""

    def forward(self, x, y):
        """x, y: numbers (or arrays of the same shape) -> x * y."""
        # TODO: out = x·y. Keep both inputs on the layer before returning the product:
        #       backward needs them, since the derivative with respect to one is the other.
        raise NotImplementedError

    def backward(self, dout):
        """dout: the gradient of the final result with respect to out -> (dx, dy)."""
        # TODO: the chain rule, with dout = ∂L/∂out arriving from the layer above:
        #           ∂L/∂x = dout·∂out/∂x = dout·y,    ∂L/∂y = dout·∂out/∂y = dout·x.
        #       Note the swap: each input's gradient uses the *other* input. Return (dx, dy).
        raise NotImplementedError


class AddLayer:
    """out = x + y. Addition passes the gradient on unchanged to both inputs."""

    def forward(self, x, y):
        """x, y: numbers (or arrays of the same shape) -> x + y."""
        # TODO: out = x + y. Nothing needs remembering: ∂out/∂x = ∂out/∂y = 1, whatever x and
        #       y were.
        raise NotImplementedError

    def backward(self, dout):
        """dout: the gradient with respect to out -> (dx, dy)."""
        # TODO: ∂L/∂x = dout·1 and ∂L/∂y = dout·1: addition hands the gradient from above on,
        #       unchanged, to both inputs. Return (dx, dy).
        raise NotImplementedError
