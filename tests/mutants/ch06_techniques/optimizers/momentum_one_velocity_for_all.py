"""Momentum with one velocity shaped like the first parameter, shared by every key: the
shapes clash as soon as the parameters differ."""
# kills: momentum_update
# hint: momentum
# first hint says: en "Momentum keeps a velocity v for each" · fr "Momentum garde pour chaque paramètre une" · ja "Momentum はパラメータごとに速度 v を"


class Momentum(Momentum):
    def update(self, params, grads):
        if not self.v:
            self.v = np.zeros_like(next(iter(params.values())))
        for key in params:
            self.v = self.momentum * self.v - self.lr * grads[key]
            params[key] += self.v
