"""The errors are never counted, so XOR looks solved."""
# kills: train_never_solves_xor
# hint: xor_not_separable
# first hint says: en "not counted" · fr "ne sont pas comptées" · ja "数えられていません"

_reference_train = train_perceptron


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    w, b, history = _reference_train(X, y, lr, epochs, seed)
    return w, b, [0] * len(history)
