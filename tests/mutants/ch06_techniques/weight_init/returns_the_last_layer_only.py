"""Only the last layer's activations returned."""
# kills: histogram_shapes sigmoid_experiments
# hint: shapes
# first hint says: en "activation_histograms returns one array" · fr "activation_histograms renvoie un tableau" · ja "activation_histograms は層"

_all_layers = activation_histograms


def activation_histograms(activation, weight_std, **kwargs):
    return _all_layers(activation, weight_std, **kwargs)[-1]
