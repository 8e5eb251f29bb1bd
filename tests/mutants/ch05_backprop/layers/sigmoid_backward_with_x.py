"""Sigmoid.backward applies y (1 - y) to the input x instead of the output y."""
# kills: sigmoid_backward
# hint: sigmoid_backward
# first hint says: en "output y" · fr "sortie y" · ja "出力 y"

_Reference = Sigmoid


class Sigmoid(_Reference):
    def forward(self, x):
        self.x = x
        return super().forward(x)

    def backward(self, dout):
        return dout * self.x * (1 - self.x)
