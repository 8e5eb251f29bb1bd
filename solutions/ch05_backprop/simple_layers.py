"""Chapter 5: the simplest layers of a computational graph, multiplication and addition."""


class MulLayer:
    """out = x * y. Keeps x and y: the derivative with respect to one is the other."""

    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        """(dout * y, dout * x): each input's gradient is dout times the *other* input."""
        return dout * self.y, dout * self.x


class AddLayer:
    """out = x + y. Addition passes the gradient on unchanged to both inputs."""

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout * 1, dout * 1
