"""MulLayer.backward gives each input its own value instead of the other's: dx = dout * x."""
# kills: mul_backward apple_known_answer
# hint: swapped
# first hint says: en "other input" · fr "l'autre entrée" · ja "もう一方の入力"

_Reference = MulLayer


class MulLayer(_Reference):
    def backward(self, dout):
        return dout * self.x, dout * self.y
