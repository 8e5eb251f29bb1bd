"""AND with OR's bias: fires as soon as one input is on."""
# kills: and_truth_table
# hint: gate_weights


def AND(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.2)
