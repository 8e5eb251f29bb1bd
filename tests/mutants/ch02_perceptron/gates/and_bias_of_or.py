"""AND with OR's bias: fires as soon as one input is on."""
# kills: and_truth_table
# hint: gate_too_eager
# first hint says: en "not negative enough" · fr "pas assez négatif" · ja "十分に負ではない"


def AND(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.2)
