"""AdaGrad whose h holds only the current squared gradient: every step is lr * sign(dW)."""
# kills: adagrad_update known_paths
# hint: accumulate
# first hint says: en "AdaGrad's h is a running total" · fr "Le h d'AdaGrad est un cumul" · ja "AdaGrad の h は累積和です"


class AdaGrad(AdaGrad):
    def update(self, params, grads):
        for key in params:
            self.h[key] = grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + EPS)
