"""backward draws a mask of its own instead of using forward's."""
# kills: backward_mask
# hint: backward_mask


class Dropout(Dropout):
    def backward(self, dout):
        return dout * (np.random.random(dout.shape) > self.dropout_ratio)
