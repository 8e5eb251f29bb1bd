"""SimpleConvNet sizes W2 for the convolution's maps as they are, forgetting that the pooling
halves them (and the forward pass then fails in the first Affine layer)."""
# kills: params_shapes predict_scores
# hint: param_shapes
# first hint says: en "count" · fr "comptez" · ja "数えましょう"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def __init__(self, input_dim=(1, 28, 28),
                 conv_param={"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},  # noqa: B006
                 hidden_size=100, output_size=10, weight_init_std=0.01, seed=None):
        super().__init__(input_dim, conv_param, hidden_size, output_size, weight_init_std, seed)
        conv = conv_output_size(input_dim[1], conv_param["filter_size"], conv_param["stride"],
                                conv_param["pad"])
        rows = conv_param["filter_num"] * conv * conv
        self.params["W2"] = weight_init_std * np.random.default_rng(seed).standard_normal(
            (rows, hidden_size))
        self.layers[3] = Affine(self.params["W2"], self.params["b2"])
