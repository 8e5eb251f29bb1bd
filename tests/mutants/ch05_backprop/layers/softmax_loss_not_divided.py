"""SoftmaxWithLoss.backward returns y - t without dividing by the batch size."""
# kills: softmax_loss_backward
# hint: divide_by_n
# first hint says: en "batch size" · fr "taille du lot" · ja "バッチサイズ"

_Reference = SoftmaxWithLoss


class SoftmaxWithLoss(_Reference):
    def backward(self, dout=1):
        return dout * (super().backward(1) * self.y.shape[0])
