"""dgamma summed from dout alone, as if gamma were added rather than multiplied."""
# kills: backward_params
# hint: params_backward


class BatchNormalization(BatchNormalization):
    def backward(self, dout):
        dx = super().backward(dout)
        self.dgamma = dout.reshape(dout.shape[0], -1).sum(axis=0)
        return dx
