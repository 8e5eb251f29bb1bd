"""Affine.backward averages dout over the batch for db: the division by N happens twice."""
# kills: affine_backward
# hint: db_sum
# first hint says: en "not its mean" · fr "ni sa moyenne" · ja "平均でも"

_Reference = Affine


class Affine(_Reference):
    def backward(self, dout):
        dx = super().backward(dout)
        self.db = np.mean(dout, axis=0)
        return dx
