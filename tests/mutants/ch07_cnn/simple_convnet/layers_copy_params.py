"""SimpleConvNet gives its layers copies of the parameters: a training step that changes
net.params in place is never seen by the layers."""
# kills: layers_share_params
# hint: shared_params
# first hint says: en "in place" · fr "sur place" · ja "その場で"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        conv = self.layers[0]
        self.layers[0] = Convolution(self.params["W1"].copy(), self.params["b1"].copy(),
                                     conv.stride, conv.pad)
        self.layers[3] = Affine(self.params["W2"].copy(), self.params["b2"].copy())
        self.layers[5] = Affine(self.params["W3"].copy(), self.params["b3"].copy())
