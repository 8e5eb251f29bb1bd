"""Batch normalization layers on arrays of their own: gamma and beta are not in params."""
# kills: params_shapes batchnorm_network
# hint: param_shapes
# first hint says: en "Each weight matrix connects one layer to" · fr "Chaque matrice de poids relie une couche" · ja "重み行列はある層と次の層をつなぎます"


class MultiLayerNet(MultiLayerNet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key in [k for k in self.params if k.startswith(("gamma", "beta"))]:
            self.params[key] = self.params[key].copy()
            del self.params[key]
