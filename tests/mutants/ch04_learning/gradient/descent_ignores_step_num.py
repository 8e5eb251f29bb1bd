"""Always 100 steps, whatever step_num says."""
# kills: gradient_descent_values
# hint: descent_arguments
# first hint says: en "does not use" · fr "n'utilise pas" · ja "使っていません"


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = np.array(init_x, dtype=float)
    for _ in range(100):
        x -= lr * numerical_gradient(f, x)
    return x
