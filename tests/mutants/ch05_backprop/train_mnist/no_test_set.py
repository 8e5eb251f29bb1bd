"""Does not give train the test set, so no test accuracy is ever measured."""
# kills: history_lengths history_is_honest
# hint: test_set
# first hint says: en "test set" · fr "ensemble de test" · ja "テストデータ"


def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    (x_train, t_train), _test = load_mnist(data_dir)
    network = TwoLayerNet(784, hidden_size, 10, seed=seed)
    per_epoch = len(x_train) // batch_size
    history = train(network, x_train, t_train, iters=epochs * per_epoch, batch_size=batch_size,
                    learning_rate=learning_rate, seed=seed, eval_every=per_epoch)
    return network, history
