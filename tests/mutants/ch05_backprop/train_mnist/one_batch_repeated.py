"""Gives train only the first mini-batch, so the same 100-odd images are learnt again and again."""
# kills: reaches_test_accuracy
# hint: training_loop
# first hint says: en "whole training set" · fr "toutes les données d'entraînement" · ja "訓練データ全体"


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir)
    network = TwoLayerNet(784, hidden_size, 10, seed=seed)
    per_epoch = len(x_train) // batch_size
    history = train(network, x_train[:batch_size], t_train[:batch_size],
                    iters=epochs * per_epoch, batch_size=batch_size,
                    learning_rate=learning_rate, seed=seed, x_test=x_test, t_test=t_test,
                    eval_every=per_epoch)
    return network, history
