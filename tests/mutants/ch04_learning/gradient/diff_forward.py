"""The forward difference (f(x + h) - f(x)) / h: an error proportional to h."""
# kills: numerical_diff_values
# hint: central_difference
# first hint says: en "both sides" · fr "deux côtés" · ja "両側"


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x)) / h
