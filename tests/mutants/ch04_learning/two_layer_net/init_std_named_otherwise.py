"""The constructor names its spread std instead of weight_init_std: only the check that passes
weight_init_std by name fails, the others judge the network as usual."""
# kills: params_init
# hint: interface
# first hint says: en "another name" · fr "un autre nom" · ja "名前が違ったり"

_Reference = TwoLayerNet


class TwoLayerNet(_Reference):
    def __init__(self, input_size, hidden_size, output_size, std=0.01):
        super().__init__(input_size, hidden_size, output_size, std)
