"""Biases drawn at random like the weights, instead of starting at zero."""
# kills: params_init
# hint: zero_biases
# first hint says: en "start at zero" · fr "partent pas de zéro" · ja "0から始まっていません"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        super().__init__(input_size, hidden_size, output_size, weight_init_std, seed)
        rng = np.random.default_rng(seed)
        self.params["b1"] = weight_init_std * rng.standard_normal(hidden_size)
        self.params["b2"] = weight_init_std * rng.standard_normal(output_size)
