"""Sigmoid.forward computes 1 / (1 + exp(x)), which falls where it should rise."""
# kills: sigmoid_forward
# hint: sigmoid_sign
# first hint says: en "sign" · fr "signe" · ja "符号"

_Reference = Sigmoid


class Sigmoid(_Reference):
    def forward(self, x):
        self.out = 1 / (1 + np.exp(x))
        return self.out
