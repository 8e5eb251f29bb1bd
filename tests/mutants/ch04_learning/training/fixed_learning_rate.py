"""learning_rate is ignored: the book's 0.1 is written in the loop."""
# kills: train_follows_grad
# hint: learning_rate_arg
# first hint says: en "wrong amount" · fr "bonne quantité" · ja "量が正しくありません"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=0.1, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every, grad=grad)
