"""weight_init_std is ignored: weights of standard deviation 1."""
# kills: params_init
# hint: init_scale
# first hint says: en "spread" · fr "dispersion" · ja "ばらつき"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        super().__init__(input_size, hidden_size, output_size, 1.0, seed)
