"""Convolution.backward reshapes col.T @ dout, of shape (C·FH·FW, FN), straight to W's shape
without transposing it first."""
# kills: conv_backward_params
# hint: conv_dw_transpose
# first hint says: en "one column per filter" · fr "une colonne par filtre" · ja "1列に1フィルター"

_Reference = Convolution


class Convolution(_Reference):
    def backward(self, dout, dx=True):
        result = super().backward(dout, dx)
        fn = self.W.shape[0]
        self.dW = self.dW.reshape(fn, -1).T.reshape(self.W.shape)
        return result
