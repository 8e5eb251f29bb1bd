"""np.max(x, 0) (the largest element along axis 0) mistaken for np.maximum(0, x)."""
# kills: relu_values
# hint: relu


def relu(x):
    return np.max(x, 0)
