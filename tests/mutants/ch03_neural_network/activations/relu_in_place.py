"""Zeroes the negative values of the caller's own array, then returns it."""
# kills: relu_keeps_input
# hint: no_mutation
# first hint says: en "changes the array it was given" · fr "modifie le tableau" · ja "書き換えています"


def relu(x):
    x[x < 0] = 0
    return x
