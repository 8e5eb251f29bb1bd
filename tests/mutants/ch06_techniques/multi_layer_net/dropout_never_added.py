"""use_dropout ignored: no Dropout layer."""
# kills: dropout_network
# hint: dropout
# first hint says: en "With use_dropout" · fr "Avec use_dropout" · ja "use_dropout のときは"


class MultiLayerNet(MultiLayerNet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.layers = [layer for layer in self.layers if not isinstance(layer, Dropout)]
