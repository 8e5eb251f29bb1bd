"""Each partial derivative by the forward difference instead of the central one."""
# kills: numerical_gradient_central
# hint: central_difference
# first hint says: en "both sides" · fr "deux côtés" · ja "両側"


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        f_here = f(x)
        x[idx] = saved + h
        grad[idx] = (f(x) - f_here) / h
        x[idx] = saved
    return grad
