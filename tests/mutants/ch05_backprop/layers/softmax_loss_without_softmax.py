"""SoftmaxWithLoss takes the cross-entropy of the raw scores, without the softmax."""
# kills: softmax_loss_forward softmax_loss_backward
# hint: softmax_loss
# first hint says: en "softmax" · fr "softmax" · ja "ソフトマックス関数"

_Reference = SoftmaxWithLoss


class SoftmaxWithLoss(_Reference):
    def forward(self, x, t):
        self.y, self.t = x, t
        return cross_entropy_error(x, t)
