"""h = 1e-10: small enough that rounding errors swamp the slope of a large function."""
# kills: numerical_diff_step
# hint: step_size
# first hint says: en "smaller h" · fr "h plus petit" · ja "小さければよいわけではありません"


def numerical_diff(f, x):
    h = 1e-10
    return (f(x + h) - f(x - h)) / (2 * h)
