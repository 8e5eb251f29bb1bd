"""The loss is recorded only with the accuracies, not at every iteration."""
# kills: train_history
# hint: history
# first hint says: en "every iteration" · fr "chaque itération" · ja "繰り返しごと"

_reference_train = train


def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    history = _reference_train(network, x_train, t_train, iters=iters, batch_size=batch_size,
                               learning_rate=learning_rate, seed=seed, x_test=x_test,
                               t_test=t_test, eval_every=eval_every, grad=grad)
    every = eval_every or max(len(x_train) // batch_size, 1)
    history["loss"] = history["loss"][::every]
    return history
