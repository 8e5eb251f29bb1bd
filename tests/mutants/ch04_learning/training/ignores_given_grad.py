"""The grad argument is ignored: always the network's own gradient."""
# kills: train_follows_grad
# hint: given_grad
# first hint says: en "grad function it is given" · fr "fonction grad qu'on lui donne" · ja "渡された関数 grad"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every, grad=None)
