"""MulLayer.forward remembers its inputs but forgets to return the product."""
# kills: mul_forward apple_known_answer
# hint: mul_forward
# first hint says: en "return the product" · fr "renvoyer le produit" · ja "積 x * y を返す"

_Reference = MulLayer


class MulLayer(_Reference):
    def forward(self, x, y):
        self.x, self.y = x, y
