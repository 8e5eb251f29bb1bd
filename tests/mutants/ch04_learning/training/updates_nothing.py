"""p = p - lr * g rebinds the loop variable: the network's parameters never change."""
# kills: train_follows_grad train_loss_falls
# hint: no_update
# first hint says: en "never changes" · fr "ne change jamais" · ja "一度も変えていません"


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    grad = grad or getattr(network, "gradient", None) or network.numerical_gradient
    every = eval_every or max(len(x_train) // batch_size, 1)
    rng = np.random.default_rng(seed)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for i in range(iters):
        batch = rng.choice(len(x_train), batch_size)
        grads = grad(x_train[batch], t_train[batch])
        for key, p in network.params.items():
            p = p - learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_train[batch], t_train[batch])))
        if i % every == 0:
            history["train_acc"].append(float(network.accuracy(x_train, t_train)))
    return history
