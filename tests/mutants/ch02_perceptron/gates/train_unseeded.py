"""Random numbers from an unseeded generator: two runs with the same seed differ."""
# kills: train_is_reproducible
# hint: train_seed
# first hint says: en "same seed" · fr "même graine" · ja "同じ seed"

_reference_train = train_perceptron


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    return _reference_train(X, y, lr, epochs, seed=np.random.default_rng().integers(1 << 30))
