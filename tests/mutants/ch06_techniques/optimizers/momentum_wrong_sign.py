"""Momentum that subtracts its velocity: v already points downhill, so the step goes uphill."""
# kills: momentum_update known_paths
# hint: downhill
# first hint says: en "The gradient points uphill" · fr "Le gradient pointe vers le haut" · ja "勾配は坂の上"


class Momentum(Momentum):
    def update(self, params, grads):
        v = _zeros(self.v, params)
        for key in params:
            v[key] = self.momentum * v[key] - self.lr * grads[key]
            params[key] -= v[key]
