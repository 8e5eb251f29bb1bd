"""train_convnet draws the images and the labels of a mini-batch with two different random
orders: each image is paired with some other image's label, and nothing can be learnt."""
# kills: loss_falls reaches_test_accuracy
# hint: loss_falls
# first hint says: en "right examples" · fr "bons exemples" · ja "正しい例"


def train_convnet(*, epochs=4, batch_size=100, learning_rate=0.001, train_size=None, seed=0,
                  data_dir=None):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir, flatten=False,
                                                      dtype=np.float32)
    x_train, t_train = x_train[:train_size], t_train[:train_size]
    network = SimpleConvNet(seed=seed, dtype=np.float32)
    optimizer = Adam(lr=learning_rate)
    rng = np.random.default_rng(seed)
    per_epoch = max(len(x_train) // batch_size, 1)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for _epoch in range(epochs):
        for _i in range(per_epoch):
            images = rng.choice(len(x_train), batch_size)
            labels = rng.choice(len(x_train), batch_size)
            optimizer.update(network.params, network.gradient(x_train[images], t_train[labels]))
            history["loss"].append(float(network.last_loss))
        history["train_acc"].append(network.accuracy(x_train[:1000], t_train[:1000]))
        history["test_acc"].append(network.accuracy(x_test[:1000], t_test[:1000]))
    return network, history
