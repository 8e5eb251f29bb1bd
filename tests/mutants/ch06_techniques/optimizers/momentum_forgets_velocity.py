"""Momentum whose velocity is a local variable: it starts from 0 at every call, like SGD."""
# kills: momentum_update known_paths
# hint: keep_state
# first hint says: en "An optimizer with a memory must keep it" · fr "Un optimiseur qui a une mémoire doit la" · ja "記憶を持つオプティマイザは"


class Momentum(Momentum):
    def update(self, params, grads):
        for key in params:
            v = np.zeros_like(params[key])
            v = self.momentum * v - self.lr * grads[key]
            params[key] += v
