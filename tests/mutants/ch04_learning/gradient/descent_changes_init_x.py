"""x = init_x is no copy: x -= ... walks the caller's own array."""
# kills: gradient_descent_keeps_init_x
# hint: descent_copy
# first hint says: en "starting point" · fr "point de départ" · ja "出発点"


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return x
