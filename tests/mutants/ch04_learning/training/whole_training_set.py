"""No mini-batches: every iteration uses the whole training set."""
# kills: train_follows_grad
# hint: minibatch
# first hint says: en "whole training set" · fr "tout l'ensemble d'entraînement" · ja "訓練データ全体"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=len(x_train),
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every, grad=grad)
