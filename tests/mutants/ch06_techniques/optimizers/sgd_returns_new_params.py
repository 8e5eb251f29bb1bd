"""SGD that returns the new parameters instead of changing params."""
# kills: sgd_update updates_in_place known_paths
# hint: in_place
# first hint says: en "A network's layers hold the very arrays" · fr "Les couches d'un réseau tiennent les" · ja "ネットワークのレイヤーは"


class SGD(SGD):
    def update(self, params, grads):
        return {key: params[key] - self.lr * grads[key] for key in params}
