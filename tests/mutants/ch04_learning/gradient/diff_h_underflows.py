"""h = 1e-50: x + h rounds back to x, so every slope comes out as 0."""
# kills: numerical_diff_step numerical_diff_values
# hint: step_size
# first hint says: en "smaller h" · fr "h plus petit" · ja "小さければよいわけではありません"


def numerical_diff(f, x):
    h = 1e-50
    return (f(x + h) - f(x - h)) / (2 * h)
