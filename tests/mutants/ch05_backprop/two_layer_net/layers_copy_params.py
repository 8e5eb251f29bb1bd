"""The layers get copies of the parameters: a training step that changes params in place is
never seen by them."""
# kills: layers_share_params
# hint: shared_params
# first hint says: en "copies" · fr "copies" · ja "コピー"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        p = self.params
        self.layers = [Affine(p["W1"].copy(), p["b1"].copy()), Relu(),
                       Affine(p["W2"].copy(), p["b2"].copy())]
