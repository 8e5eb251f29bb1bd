"""`>=` instead of `>`: an input of exactly 0 gives 1."""
# kills: step_values
# hint: step


def step_function(x):
    return np.array(x >= 0, dtype=int)
