"""gradient leaves out the batch normalization parameters."""
# kills: batchnorm_network
# hint: batchnorm
# first hint says: en "With use_batchnorm" · fr "Avec use_batchnorm" · ja "use_batchnorm のときは"


class MultiLayerNet(MultiLayerNet):
    def gradient(self, x, t):
        return {k: v for k, v in super().gradient(x, t).items() if k[0] in "Wb"}
