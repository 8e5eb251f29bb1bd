"""XOR whose output layer is OR instead of AND."""
# kills: xor_truth_table
# hint: xor_output_gate
# first hint says: en "second layer" · fr "deuxième couche" · ja "2層目"


def XOR(x1, x2):
    return OR(NAND(x1, x2), OR(x1, x2))
