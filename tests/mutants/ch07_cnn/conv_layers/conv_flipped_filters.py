"""Convolution flips each filter, as a textbook convolution in signal processing would."""
# kills: conv_forward
# hint: conv_flipped
# first hint says: en "do not flip" · fr "ne retournent pas" · ja "反転"

_Reference = Convolution


class Convolution(_Reference):
    def forward(self, x):
        original = self.W
        self.W = np.ascontiguousarray(original[:, :, ::-1, ::-1])
        try:
            return super().forward(x)
        finally:
            self.W = original
