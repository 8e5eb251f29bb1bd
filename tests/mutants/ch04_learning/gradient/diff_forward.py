"""The forward difference (f(x + h) - f(x)) / h: an error proportional to h."""
# kills: numerical_diff_values
# hint: central_difference


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x)) / h
