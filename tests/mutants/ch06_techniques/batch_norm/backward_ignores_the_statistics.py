"""Backward as if the batch mean and variance were constants: dx = gamma * dout / std."""
# kills: backward_dx
# hint: through_statistics
# first hint says: en "μ and σ² are not constants" · fr "μ et σ² ne sont pas des constantes" · ja "μ と σ² は定数ではありません"


class BatchNormalization(BatchNormalization):
    def backward(self, dout):
        dout = dout.reshape(dout.shape[0], -1)
        self.dbeta = dout.sum(axis=0)
        self.dgamma = (self.xn * dout).sum(axis=0)
        return (self.gamma * dout / self.std).reshape(self.input_shape)
