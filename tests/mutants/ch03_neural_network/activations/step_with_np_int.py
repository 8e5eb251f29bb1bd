"""The old tutorials' dtype=np.int, which no longer exists in NumPy."""
# kills: step_values step_integer_dtype
# hint: step_dtype


def step_function(x):
    return np.array(x > 0, dtype=np.int)
