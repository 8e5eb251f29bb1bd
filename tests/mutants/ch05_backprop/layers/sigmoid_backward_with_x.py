"""Sigmoid.backward applies y (1 - y) to the input x instead of the output y."""
# kills: sigmoid_backward
# hint: sigmoid_backward

_Reference = Sigmoid


class Sigmoid(_Reference):
    def forward(self, x):
        self.x = x
        return super().forward(x)

    def backward(self, dout):
        return dout * self.x * (1 - self.x)
