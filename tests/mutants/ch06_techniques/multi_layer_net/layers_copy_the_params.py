"""Each Affine layer gets copies of its weights: changes made to params never reach it."""
# kills: layers_share_params predict_values
# hint: shared_params
# first hint says: en "An optimizer changes net.params in place" · fr "Un optimiseur modifie net.params sur" · ja "オプティマイザは net.params をその場"


class MultiLayerNet(MultiLayerNet):
    def _affine(self, i, n_in, n_out):
        layer = super()._affine(i, n_in, n_out)
        return Affine(layer.W.copy(), layer.b.copy())
