"""OR with a bias so negative that one input is not enough."""
# kills: or_truth_table
# hint: gate_weights


def OR(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.7)
