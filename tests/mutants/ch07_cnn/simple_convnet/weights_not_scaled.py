"""SimpleConvNet draws its weights from N(0, 1), ignoring weight_init_std."""
# kills: params_init
# hint: init
# first hint says: en "small random weights" · fr "petits poids aléatoires" · ja "小さなランダムな重み"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def __init__(self, input_dim=(1, 28, 28),
                 conv_param={"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},  # noqa: B006
                 hidden_size=100, output_size=10, weight_init_std=0.01, seed=None):
        super().__init__(input_dim, conv_param, hidden_size, output_size, 1.0, seed)
