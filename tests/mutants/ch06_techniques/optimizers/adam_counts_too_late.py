"""Adam that counts the update after computing its step size: at the first call t = 0, and
lr_t = lr * sqrt(0) / 0 is NaN."""
# kills: adam_update known_paths
# hint: adam
# first hint says: en "Adam keeps two running averages per" · fr "Adam garde deux moyennes glissantes par" · ja "Adam はパラメータごとに2つの移動平均を持ち"


class Adam(Adam):
    def update(self, params, grads):
        m, v = _zeros(self.m, params), _zeros(self.v, params)
        with np.errstate(all="ignore"):
            lr_t = self.lr * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
        self.t += 1
        for key in params:
            m[key] += (1 - self.beta1) * (grads[key] - m[key])
            v[key] += (1 - self.beta2) * (grads[key] ** 2 - v[key])
            params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + EPS)
