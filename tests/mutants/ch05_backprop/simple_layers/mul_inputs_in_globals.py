"""MulLayer keeps its inputs in module variables: every layer shares them, so in a graph of
several layers the last forward overwrites what the others need for backward."""
# kills: apple_known_answer
# hint: apple_graph
# first hint says: en "its own x and y" · fr "ses propres x et y" · ja "自分の x と y"

_last_inputs = {}


class MulLayer:
    def forward(self, x, y):
        _last_inputs.update(x=x, y=y)
        return x * y

    def backward(self, dout):
        return dout * _last_inputs["y"], dout * _last_inputs["x"]
