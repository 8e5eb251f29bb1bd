"""XOR with Python's ^ operator: right answers, but not a network of perceptrons."""
# kills: xor_built_from_gates
# hint: xor_structure
# first hint says: en "other perceptrons" · fr "d'autres perceptrons" · ja "ほかのパーセプトロン"


def XOR(x1, x2):
    return int(x1) ^ int(x2)
