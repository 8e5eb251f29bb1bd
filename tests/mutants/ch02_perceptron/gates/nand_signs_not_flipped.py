"""NAND written as AND: the signs were not flipped."""
# kills: nand_truth_table
# hint: gate_inverted
# first hint says: en "signs" · fr "signes" · ja "符号"


def NAND(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.7)
