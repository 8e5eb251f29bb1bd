"""The book's first version: a loop over x.size with x[i], which only works for 1-D arrays."""
# kills: numerical_gradient_any_shape
# hint: any_shape
# first hint says: en "any shape" · fr "forme quelconque" · ja "どんな形状"


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x, dtype=float)
    for i in range(x.size):
        saved = x[i]
        x[i] = saved + h
        f_plus = f(x)
        x[i] = saved - h
        f_minus = f(x)
        x[i] = saved
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
