"""params += learning_rate * grads: every step goes uphill."""
# kills: train_follows_grad train_loss_falls
# hint: sgd_sign
# first hint says: en "uphill" · fr "montent" · ja "上り坂"


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    grad = grad or getattr(network, "gradient", None) or network.numerical_gradient
    rng = np.random.default_rng(seed)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for _ in range(iters):
        batch = rng.choice(len(x_train), batch_size)
        grads = grad(x_train[batch], t_train[batch])
        for key in network.params:
            network.params[key] += learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_train[batch], t_train[batch])))
    return history
