"""SGD that adds the gradient: every step climbs."""
# kills: sgd_update known_paths
# hint: downhill


class SGD(SGD):
    def update(self, params, grads):
        for key in params:
            params[key] += self.lr * grads[key]
