"""np.random.choice uses NumPy's global generator: the seed replays nothing."""
# kills: train_is_reproducible
# hint: seed
# first hint says: en "same seed" · fr "même graine" · ja "同じシード"


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    grad = grad or getattr(network, "gradient", None) or network.numerical_gradient
    every = eval_every or max(len(x_train) // batch_size, 1)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for i in range(iters):
        batch = np.random.choice(len(x_train), batch_size)
        grads = grad(x_train[batch], t_train[batch])
        for key in network.params:
            network.params[key] -= learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_train[batch], t_train[batch])))
        if i % every == 0:
            history["train_acc"].append(float(network.accuracy(x_train, t_train)))
            if x_test is not None:
                history["test_acc"].append(float(network.accuracy(x_test, t_test)))
    return history
