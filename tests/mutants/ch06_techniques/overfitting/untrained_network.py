"""The gradient is computed but the optimizer never updates the parameters."""
# kills: memorises_training_set test_lags_behind weight_decay_regularises dropout_regularises
# hint: not_learning
# first hint says: en "The training accuracy stays near 10 %:" · fr "La précision d'entraînement reste vers 10" · ja "訓練画像の認識精度が10 % 前後のままです"


class SGD(SGD):
    def update(self, params, grads):
        pass
