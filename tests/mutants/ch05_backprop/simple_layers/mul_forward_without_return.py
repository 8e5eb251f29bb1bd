"""MulLayer.forward remembers its inputs but forgets to return the product."""
# kills: mul_forward apple_known_answer
# hint: mul_forward

_Reference = MulLayer


class MulLayer(_Reference):
    def forward(self, x, y):
        self.x, self.y = x, y
