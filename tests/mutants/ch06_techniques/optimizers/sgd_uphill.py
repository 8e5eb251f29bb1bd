"""SGD that adds the gradient: every step climbs."""
# kills: sgd_update known_paths
# hint: downhill
# first hint says: en "The gradient points uphill" · fr "Le gradient pointe vers le haut" · ja "勾配は坂の上"


class SGD(SGD):
    def update(self, params, grads):
        for key in params:
            params[key] += self.lr * grads[key]
