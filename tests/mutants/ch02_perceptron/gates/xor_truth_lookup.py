"""XOR from a table of answers."""
# kills: xor_built_from_gates
# hint: xor_structure
# first hint says: en "table of answers" · fr "table de réponses" · ja "答えの表"


def XOR(x1, x2):
    return {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 0}[(int(x1), int(x2))]
