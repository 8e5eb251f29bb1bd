"""The comparison itself as the answer: True/False instead of the integers 1/0."""
# kills: step_integer_dtype
# hint: step_dtype
# first hint says: en "not bool" · fr "pas bool" · ja "bool ではなく"


def step_function(x):
    return np.asarray(x) > 0
