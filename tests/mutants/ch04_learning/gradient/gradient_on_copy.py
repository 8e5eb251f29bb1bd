"""Works on a float copy of x: a function that reads x itself never sees the changes."""
# kills: numerical_gradient_in_place
# hint: in_place
# first hint says: en "not a copy" · fr "pas une copie" · ja "コピーではなく"

_reference_gradient = numerical_gradient


def numerical_gradient(f, x):
    return _reference_gradient(f, x.astype(float))
