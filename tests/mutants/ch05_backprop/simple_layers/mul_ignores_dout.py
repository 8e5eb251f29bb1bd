"""MulLayer.backward returns the local derivatives only, forgetting to multiply by dout."""
# kills: mul_backward apple_known_answer
# hint: chain_rule
# first hint says: en "multiply" · fr "multiplier" · ja "掛け"

_Reference = MulLayer


class MulLayer(_Reference):
    def backward(self, dout):
        return self.y, self.x
