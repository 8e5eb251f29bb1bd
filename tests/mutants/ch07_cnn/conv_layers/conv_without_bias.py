"""Convolution.forward forgets the bias."""
# kills: conv_forward conv_stride_pad
# hint: conv_bias
# first hint says: en "its own bias" · fr "son propre biais" · ja "自分のバイアス"

_Reference = Convolution


class Convolution(_Reference):
    def forward(self, x):
        return super().forward(x) - self.b[:, None, None]
