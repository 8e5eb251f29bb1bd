"""XOR from a table of answers."""
# kills: xor_built_from_gates
# hint: xor_structure


def XOR(x1, x2):
    return {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 0}[(int(x1), int(x2))]
