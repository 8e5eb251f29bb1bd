"""h = 1e-10: small enough that rounding errors swamp the slope of a large function."""
# kills: numerical_diff_step
# hint: step_size


def numerical_diff(f, x):
    h = 1e-10
    return (f(x + h) - f(x - h)) / (2 * h)
