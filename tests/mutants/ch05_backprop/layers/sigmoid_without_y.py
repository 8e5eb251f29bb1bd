"""Sigmoid.backward forgets the factor y: dout * (1 - y)."""
# kills: sigmoid_backward
# hint: sigmoid_factor_y
# first hint says: en "leaves out y" · fr "oublie y" · ja "y が抜けています"

_Reference = Sigmoid


class Sigmoid(_Reference):
    def backward(self, dout):
        return dout * (1 - self.out)
