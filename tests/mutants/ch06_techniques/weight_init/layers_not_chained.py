"""Every layer starts again from the input data instead of the previous layer's output."""
# kills: sigmoid_experiments relu_experiments
# hint: chain_layers
# first hint says: en "In a deep network" · fr "Dans un réseau profond" · ja "深いネットワークでは"


def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000,
                          seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes))
    return [ACTIVATIONS[activation](x @ (weight_std * rng.standard_normal((nodes, nodes))))
            for _ in range(layers)]
