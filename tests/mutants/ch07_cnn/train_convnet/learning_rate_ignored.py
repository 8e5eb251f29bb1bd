"""train_convnet makes Adam() with its default learning rate, whatever learning_rate says."""
# kills: adam_first_step
# hint: learning_rate
# first hint says: en "learning rate" · fr "taux d'apprentissage" · ja "学習率"

from ..ch06_techniques.optimizers import Adam as _Adam


def Adam(lr=0.001):  # noqa: N802 - stands in for the class
    return _Adam()
