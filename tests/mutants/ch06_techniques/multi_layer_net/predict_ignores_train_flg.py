"""predict never passes train_flg on: batch norm and dropout always run in test mode."""
# kills: batchnorm_network dropout_network
# hint: batchnorm
# first hint says: en "With use_batchnorm" · fr "Avec use_batchnorm" · ja "use_batchnorm のときは"


class MultiLayerNet(MultiLayerNet):
    def predict(self, x, train_flg=False):
        return super().predict(x, False)
