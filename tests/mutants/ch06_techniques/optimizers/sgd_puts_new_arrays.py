"""SGD that puts new arrays into the dict: the values are right, but a network's layers keep
the old arrays and never learn."""
# kills: updates_in_place
# hint: in_place
# first hint says: en "A network's layers hold the very arrays" · fr "Les couches d'un réseau tiennent les" · ja "ネットワークのレイヤーは"


class SGD(SGD):
    def update(self, params, grads):
        for key in params:
            params[key] = params[key] - self.lr * grads[key]
