"""backward lets the whole gradient through."""
# kills: backward_mask
# hint: backward_mask


class Dropout(Dropout):
    def backward(self, dout):
        return dout
