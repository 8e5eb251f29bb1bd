"""OR with a bias so negative that one input is not enough."""
# kills: or_truth_table
# hint: gate_too_strict
# first hint says: en "too negative" · fr "trop négatif" · ja "負に大きすぎる"


def OR(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.7)
