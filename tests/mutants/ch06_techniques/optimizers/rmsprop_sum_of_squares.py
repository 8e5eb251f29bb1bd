"""RMSprop that adds the whole squared gradient: h is no longer an average."""
# kills: rmsprop_update known_paths
# hint: rms_average


class RMSprop(RMSprop):
    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] = self.decay_rate * h[key] + grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)
