"""Only the last layer's activations returned."""
# kills: histogram_shapes sigmoid_experiments
# hint: shapes

_all_layers = activation_histograms


def activation_histograms(activation, weight_std, **kwargs):
    return _all_layers(activation, weight_std, **kwargs)[-1]
