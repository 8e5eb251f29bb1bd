"""`a -= c` shifts the caller's own scores."""
# kills: softmax_keeps_input
# hint: no_mutation
# first hint says: en "changes the array it was given" · fr "modifie le tableau" · ja "書き換えています"


def softmax(a):
    a -= np.max(a, axis=-1, keepdims=True)
    e = np.exp(a)
    return e / np.sum(e, axis=-1, keepdims=True)
