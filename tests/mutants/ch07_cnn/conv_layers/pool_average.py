"""Pooling takes the mean of each window instead of its maximum."""
# kills: pool_forward pool_windows
# hint: pool_max
# first hint says: en "not the mean" · fr "pas la moyenne" · ja "平均ではなく"

_Reference = Pooling


class Pooling(_Reference):
    def forward(self, x):
        out = super().forward(x)
        candidates = self.offsets(x, *out.shape[2:])
        return sum(candidates) / len(candidates)
