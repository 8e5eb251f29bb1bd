"""XOR whose output layer is OR instead of AND."""
# kills: xor_truth_table
# hint: xor_layers


def XOR(x1, x2):
    return OR(NAND(x1, x2), OR(x1, x2))
