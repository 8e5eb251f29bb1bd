"""Always trains with a learning rate of 0.1, whatever learning_rate says."""
# kills: reaches_test_accuracy
# hint: training_loop
# first hint says: en "learning rate" · fr "taux d'apprentissage" · ja "学習率"

_reference_train_mnist = train_mnist


def train_mnist(*, learning_rate=0.1, **settings):
    return _reference_train_mnist(learning_rate=0.1, **settings)
