"""All elements moved at once: one number (a slope along the diagonal), not a gradient."""
# kills: numerical_gradient_values
# hint: partial_derivatives
# first hint says: en "only that element" · fr "seul cet élément" · ja "その要素だけ"


def numerical_gradient(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)
