"""SoftmaxWithLoss.backward computes y - t whatever t is: with labels, this is meaningless."""
# kills: softmax_loss_backward
# hint: labels
# first hint says: en "labels" · fr "étiquettes" · ja "ラベル"

_Reference = SoftmaxWithLoss


class SoftmaxWithLoss(_Reference):
    def backward(self, dout=1):
        return dout * (self.y - self.t) / self.y.shape[0]
