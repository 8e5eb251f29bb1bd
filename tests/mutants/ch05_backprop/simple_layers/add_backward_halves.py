"""AddLayer.backward splits the gradient between its two inputs instead of passing it on whole."""
# kills: add_layer apple_known_answer
# hint: add_backward
# first hint says: en "unchanged" · fr "tel quel" · ja "そのまま"

_Reference = AddLayer


class AddLayer(_Reference):
    def backward(self, dout):
        return dout / 2, dout / 2
