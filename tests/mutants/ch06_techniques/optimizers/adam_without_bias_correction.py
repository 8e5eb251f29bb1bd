"""Adam without its bias correction: the early steps are off by a large factor."""
# kills: adam_update known_paths
# hint: bias_correction
# first hint says: en "m and v start at 0" · fr "m et v partent de 0" · ja "m と v は0から始まります"


class Adam(Adam):
    def update(self, params, grads):
        m, v = _zeros(self.m, params), _zeros(self.v, params)
        for key in params:
            m[key] += (1 - self.beta1) * (grads[key] - m[key])
            v[key] += (1 - self.beta2) * (grads[key] ** 2 - v[key])
            params[key] -= self.lr * m[key] / (np.sqrt(v[key]) + EPS)
