"""RMSprop that adds the whole squared gradient: h is no longer an average."""
# kills: rmsprop_update known_paths
# hint: rms_average
# first hint says: en "RMSprop's h is a weighted average of the" · fr "Le h de RMSprop est une moyenne pondérée" · ja "RMSprop の h は勾配の2乗の重み付き平"


class RMSprop(RMSprop):
    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] = self.decay_rate * h[key] + grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)
