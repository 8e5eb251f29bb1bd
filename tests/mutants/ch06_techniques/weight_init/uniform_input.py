"""The input drawn uniformly on [0, 1) (np.random.rand) instead of from the standard normal."""
# kills: sigmoid_experiments tanh_experiment relu_experiments
# hint: experiment
# first hint says: en "Compare your histograms with the" · fr "Comparez vos histogrammes à ceux de la" · ja "あなたのヒストグラムを模範解答のものと比べてみま"


def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000,
                          seed=0):
    rng = np.random.default_rng(seed)
    x = rng.random((samples, nodes))
    found = []
    for _ in range(layers):
        x = ACTIVATIONS[activation](x @ (weight_std * rng.standard_normal((nodes, nodes))))
        found.append(x)
    return found
