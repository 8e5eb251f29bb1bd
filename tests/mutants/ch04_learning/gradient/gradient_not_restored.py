"""x[idx] is never put back: x ends shifted by -h everywhere."""
# kills: numerical_gradient_restores_x
# hint: restore_x
# first hint says: en "exactly as it was" · fr "exactement comme avant" · ja "まったく同じ"


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        x[idx] = saved + h
        f_plus = f(x)
        x[idx] = saved - h
        f_minus = f(x)
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
