"""Trains on raw pixel values from 0 to 255 instead of [0, 1]: the gradients explode."""
# kills: loss_falls reaches_test_accuracy
# hint: diverges
# first hint says: en "255" · fr "255" · ja "255"

import numpy as np

_reference_load_mnist = load_mnist


def load_mnist(data_dir=None, **options):
    return _reference_load_mnist(data_dir, normalize=False, dtype=np.float32)
