"""A mean instead of a sum: the squared error shrinks with the number of elements."""
# kills: sse_values
# hint: sse


def sum_squared_error(y, t):
    return 0.5 * np.mean((y - t) ** 2)
