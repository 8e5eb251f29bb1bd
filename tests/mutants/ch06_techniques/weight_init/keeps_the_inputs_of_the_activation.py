"""The weighted sums a = x @ W kept instead of the activations f(a)."""
# kills: sigmoid_experiments tanh_experiment relu_experiments
# hint: experiment
# first hint says: en "Compare your histograms with the" · fr "Comparez vos histogrammes à ceux de la" · ja "あなたのヒストグラムを模範解答のものと比べてみま"


def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000,
                          seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes))
    found = []
    for _ in range(layers):
        a = x @ (weight_std * rng.standard_normal((nodes, nodes)))
        found.append(a)
        x = ACTIVATIONS[activation](a)
    return found
