"""grad defaults to numerical_gradient even when the network has a fast gradient."""
# kills: train_default_gradient
# hint: prefer_gradient
# first hint says: en "much faster" · fr "bien plus rapide" · ja "ずっと速い"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every,
                            grad=grad or network.numerical_gradient)
