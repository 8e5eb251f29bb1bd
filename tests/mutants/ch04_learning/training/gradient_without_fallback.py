"""grad defaults to network.gradient, which chapter 4's network does not have."""
# kills: train_default_gradient
# hint: gradient_fallback
# first hint says: en "no gradient method" · fr "pas de méthode gradient" · ja "gradient メソッドがなく"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every,
                            grad=grad or network.gradient)
