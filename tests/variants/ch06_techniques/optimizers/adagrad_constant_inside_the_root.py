"""AdaGrad with its small constant inside the square root: must pass."""


class AdaGrad(AdaGrad):
    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] += grads[key] ** 2
            params[key] -= self.lr * grads[key] / np.sqrt(h[key] + 1e-7)
