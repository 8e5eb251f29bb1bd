"""backward lets the whole gradient through."""
# kills: backward_mask
# hint: backward_mask
# first hint says: en "A unit that forward switched off did not" · fr "Un neurone que forward a éteint n'a pas" · ja "forward で消されたニューロンは計算に関わ"


class Dropout(Dropout):
    def backward(self, dout):
        return dout
