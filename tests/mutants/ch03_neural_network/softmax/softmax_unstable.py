"""softmax without subtracting the maximum: overflows on large inputs."""
# kills: softmax_is_stable
# hint: stable
# first hint says: en "overflow" · fr "dépassement de capacité" · ja "オーバーフロー"


def softmax(a):
    e = np.exp(a)
    return e / np.sum(e, axis=-1, keepdims=True)
