"""The old tutorials' dtype=np.int, which no longer exists in NumPy."""
# kills: step_values step_integer_dtype
# hint: np_int
# first hint says: en "no longer exists" · fr "n'existe plus" · ja "存在しません"


def step_function(x):
    return np.array(x > 0, dtype=np.int)
