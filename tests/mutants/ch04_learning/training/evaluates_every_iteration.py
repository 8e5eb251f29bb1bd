"""eval_every is ignored: the accuracies are measured at every iteration (slow on MNIST)."""
# kills: train_eval_every
# hint: eval_every
# first hint says: en "not at every iteration" · fr "pas à chaque itération" · ja "毎回ではなく"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=1, grad=grad)
