"""NOR with NAND's bias: the flipped gate was the wrong one."""
# kills: nor_truth_table
# hint: gate_too_eager
# first hint says: en "not negative enough" · fr "pas assez négatif" · ja "十分に負ではない"


def NOR(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.7)
