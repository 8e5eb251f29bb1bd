"""np.random.randn ignores the seed: the same seed gives other weights each time."""
# kills: params_init
# hint: init

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        super().__init__(input_size, hidden_size, output_size, weight_init_std, seed)
        self.params["W1"][...] = weight_init_std * np.random.randn(input_size, hidden_size)
