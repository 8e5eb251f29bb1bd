"""A mean instead of a sum: the squared error shrinks with the number of elements."""
# kills: sse_values
# hint: sse_sum
# first hint says: en "mean" · fr "moyenne" · ja "平均"


def sum_squared_error(y, t):
    return 0.5 * np.mean((y - t) ** 2)
