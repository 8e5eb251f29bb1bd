"""The ½ of the sum of squared errors is forgotten: every result is twice too big."""
# kills: sse_values
# hint: half
# first hint says: en "½" · fr "½" · ja "½"


def sum_squared_error(y, t):
    return np.sum((y - t) ** 2)
