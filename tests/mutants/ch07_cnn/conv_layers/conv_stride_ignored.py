"""Convolution never hands its stride to im2col: the windows start at every pixel."""
# kills: conv_stride_pad
# hint: conv_stride_pad
# first hint says: en "stride and pad" · fr "stride et pad" · ja "stride と pad"

_Reference = Convolution


class Convolution(_Reference):
    def forward(self, x):
        stride, self.stride = self.stride, 1
        try:
            return super().forward(x)
        finally:
            self.stride = stride
