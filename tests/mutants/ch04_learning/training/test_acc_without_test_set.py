"""Without a test set, the training accuracy is recorded as the test accuracy too."""
# kills: train_history
# hint: eval_every
# first hint says: en "test set is given" · fr "ensemble de test est fourni" · ja "テストデータが渡された"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    if x_test is None:
        x_test, t_test = x_train, t_train
    return _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                            learning_rate=learning_rate, seed=seed, x_test=x_test,
                            t_test=t_test, eval_every=eval_every, grad=grad)
