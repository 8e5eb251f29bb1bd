"""A Python loop over x: fine for a 1-D array, but a number or a 2-D array breaks it."""
# kills: activations_keep_shape
# hint: keep_shape
# first hint says: en "loop" · fr "boucle" · ja "ループ"


def step_function(x):
    return np.array([1 if v > 0 else 0 for v in x])
