"""test_acc measured on the 300 training images."""
# kills: test_lags_behind
# hint: test_set
# first hint says: en "test_acc is measured on images the" · fr "test_acc se mesure sur des images sur" · ja "test_acc は"

_load = load_mnist


def load_mnist(data_dir=None, **kwargs):
    (x_train, t_train), _test = _load(data_dir, **kwargs)
    return (x_train, t_train), (x_train[:TRAIN_SIZE], t_train[:TRAIN_SIZE])
