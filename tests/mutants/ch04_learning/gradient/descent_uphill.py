"""Gradient ascent: x += lr * grad walks uphill, away from the minimum."""
# kills: gradient_descent_values
# hint: uphill
# first hint says: en "uphill" · fr "montent" · ja "坂を上り"


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = np.array(init_x, dtype=float)
    for _ in range(step_num):
        x += lr * numerical_gradient(f, x)
    return x
