"""The gradient is computed but the optimizer never updates the parameters."""
# kills: memorises_training_set test_lags_behind weight_decay_regularises dropout_regularises
# hint: not_learning


class SGD(SGD):
    def update(self, params, grads):
        pass
