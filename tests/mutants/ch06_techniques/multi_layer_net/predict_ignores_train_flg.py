"""predict never passes train_flg on: batch norm and dropout always run in test mode."""
# kills: batchnorm_network dropout_network


class MultiLayerNet(MultiLayerNet):
    def predict(self, x, train_flg=False):
        return super().predict(x, False)
