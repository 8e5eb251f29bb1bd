"""Convolution never pads the images."""
# kills: conv_stride_pad
# hint: conv_stride_pad
# first hint says: en "stride and pad" · fr "stride et pad" · ja "stride と pad"

_Reference = Convolution


class Convolution(_Reference):
    def forward(self, x):
        pad, self.pad = self.pad, 0
        try:
            return super().forward(x)
        finally:
            self.pad = pad
