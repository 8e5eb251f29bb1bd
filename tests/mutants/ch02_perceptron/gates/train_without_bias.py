"""The bias is never updated, so AND (which needs a negative bias) cannot be learned."""
# kills: train_learns_linear_gates
# hint: bias_not_learned
# first hint says: en "bias never moves" · fr "ne bouge jamais" · ja "一度も動いていません"


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    rng = np.random.default_rng(seed)
    w, b, history = rng.normal(0, 0.01, X.shape[1]), 0.0, []
    for _ in range(epochs):
        errors = 0
        for i in rng.permutation(len(X)):
            delta = y[i] - perceptron(X[i], w, b)
            w = w + lr * delta * X[i]
            errors += int(delta != 0)
        history.append(errors)
    return w, b, history
