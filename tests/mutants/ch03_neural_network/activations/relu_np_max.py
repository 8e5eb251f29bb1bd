"""np.max(x, 0) (the largest element along axis 0) mistaken for np.maximum(0, x)."""
# kills: relu_values
# hint: relu_np_max
# first hint says: en "largest element" · fr "plus grand élément" · ja "最大の要素"


def relu(x):
    return np.max(x, 0)
