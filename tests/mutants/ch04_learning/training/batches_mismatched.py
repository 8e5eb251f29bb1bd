"""x and t batches drawn separately: each input is paired with a random target."""
# kills: train_loss_falls
# hint: loss_falls
# first hint says: en "same rows" · fr "mêmes lignes" · ja "同じ行"


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    grad = grad or getattr(network, "gradient", None) or network.numerical_gradient
    every = eval_every or max(len(x_train) // batch_size, 1)
    rng = np.random.default_rng(seed)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for i in range(iters):
        x_batch = x_train[rng.choice(len(x_train), batch_size)]
        t_batch = t_train[rng.choice(len(x_train), batch_size)]
        grads = grad(x_batch, t_batch)
        for key in network.params:
            network.params[key] -= learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_batch, t_batch)))
        if i % every == 0:
            history["train_acc"].append(float(network.accuracy(x_train, t_train)))
            if x_test is not None:
                history["test_acc"].append(float(network.accuracy(x_test, t_test)))
    return history
