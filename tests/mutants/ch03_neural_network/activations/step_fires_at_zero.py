"""`>=` instead of `>`: an input of exactly 0 gives 1."""
# kills: step_values
# hint: step_at_zero
# first hint says: en "exactly 0" · fr "exactement 0" · ja "ちょうど0"


def step_function(x):
    return np.array(x >= 0, dtype=int)
