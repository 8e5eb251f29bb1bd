"""Chapter 6 texts: learning techniques."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Learning techniques")

TEXTS = {
    "ch06.optimizers": ExerciseText(
        title=N_("Optimizers: SGD, Momentum, AdaGrad, RMSprop and Adam"),
        statement=N_(
            "Plain gradient descent (SGD) steps straight down the slope. In a long, narrow "
            "valley the slope points across the valley more than along it, so SGD zigzags and "
            "crawls. The optimizers of chapter 6 use the same gradients better: Momentum gathers "
            "speed, AdaGrad and RMSprop give each parameter its own step size, and Adam does "
            "both.\n"
            "\n"
            "In ch06_techniques/optimizers.py, write five classes. Each keeps its settings and "
            "has update(params, grads): params and grads are dicts of arrays with the same keys "
            "(W1, b1, ...). update changes the arrays of params in place (params[key] -= ..., "
            "never params[key] = ...: a network's layers hold those very arrays) and returns "
            "nothing. What an optimizer remembers between calls (velocity, sums of squares, "
            "moments) is kept per key, as arrays shaped like the parameters, zeros at the first "
            "call. Below, dW is the gradient of a parameter W; products, squares and square "
            "roots are elementwise.\n"
            "- SGD(lr=0.01): W ← W − lr·dW;\n"
            "- Momentum(lr=0.01, momentum=0.9): v ← momentum·v − lr·dW, then W ← W + v;\n"
            "- AdaGrad(lr=0.01): h ← h + dW², then W ← W − lr·dW / (√h + 1e-7);\n"
            "- RMSprop(lr=0.01, decay_rate=0.99): h ← decay_rate·h + (1 − decay_rate)·dW², then "
            "the same step as AdaGrad;\n"
            "- Adam(lr=0.001, beta1=0.9, beta2=0.999): at the t-th update (t = 1 at the first), "
            "m ← beta1·m + (1 − beta1)·dW and v ← beta2·v + (1 − beta2)·dW², then "
            "W ← W − lr_t·m / (√v + 1e-7) with lr_t = lr·√(1 − beta2^t) / (1 − beta1^t). That "
            "factor makes up for m and v starting at 0: the first step moves each parameter by "
            "about lr, against the sign of its gradient.\n"
            "\n"
            "Known answers (the book's comparison): on f(x, y) = x²/20 + y², whose gradient is "
            "(x/10, 2y), 30 updates from (x, y) = (−7, 2) end at (−0.3504, 0.0848) with "
            "SGD(lr=0.95), (0.8964, 0.0881) with Momentum(lr=0.1), (−0.1202, 0.0000) with "
            "AdaGrad(lr=1.5), (−0.6974, 0.0000) with RMSprop(lr=0.1) and (0.1360, 0.3182) with "
            "Adam(lr=0.3).\n"
            "\n"
            "The grader calls update several times on one dict of parameters with random "
            "gradients, and compares every step with these rules. `grade plot ch06.optimizers` "
            "draws the paths of your optimizers over the contour lines of f, beside the "
            "reference ones."
        ),
        hints={
            "sgd": (
                N_("SGD moves every parameter against its gradient, by lr times the gradient."),
                N_("Loop over the keys of params and change each array in place with -=, so "
                   "that whoever holds the array (a layer of the network) sees the change."),
                N_("for key in params: params[key] -= self.lr * grads[key]"),
            ),
            "momentum": (
                N_("Momentum keeps a velocity v for each parameter, which remembers the "
                   "previous steps."),
                N_("v starts as zeros shaped like each parameter (np.zeros_like), made at the "
                   "first call and kept on self. At each update, first the new velocity "
                   "v = momentum·v − lr·dW, then the parameter moves by v."),
                N_("if self.v is None: self.v = {key: np.zeros_like(val) for key, val in "
                   "params.items()}; then for key in params: self.v[key] = self.momentum * "
                   "self.v[key] - self.lr * grads[key]; params[key] += self.v[key]"),
            ),
            "adagrad": (
                N_("AdaGrad gives each parameter its own step size, which shrinks as that "
                   "parameter's gradients add up."),
                N_("Keep h per key, zeros at first. At each update, add the elementwise square "
                   "of the gradient to h, then divide the step by √h + 1e-7 (the small "
                   "constant keeps the division finite while h is 0)."),
                N_("self.h[key] += grads[key] * grads[key]; params[key] -= self.lr * "
                   "grads[key] / (np.sqrt(self.h[key]) + 1e-7)"),
            ),
            "rmsprop": (
                N_("RMSprop is AdaGrad with a fading memory: old squared gradients count less "
                   "and less."),
                N_("Multiply h by decay_rate before adding the new square, weighted by "
                   "(1 − decay_rate): h is then a running average of the squares, and the "
                   "steps no longer shrink to nothing."),
                N_("self.h[key] *= self.decay_rate; self.h[key] += (1 - self.decay_rate) * "
                   "grads[key] * grads[key]; params[key] -= self.lr * grads[key] / "
                   "(np.sqrt(self.h[key]) + 1e-7)"),
            ),
            "adam": (
                N_("Adam keeps two running averages per parameter: m of the gradients (like "
                   "Momentum) and v of their squares (like RMSprop)."),
                N_("Count the updates in self.iter (1 at the first). m ← beta1·m + "
                   "(1 − beta1)·dW and v ← beta2·v + (1 − beta2)·dW². Both start at 0, so the "
                   "step size of update t is lr·√(1 − beta2^t) / (1 − beta1^t)."),
                N_("self.iter += 1; lr_t = self.lr * np.sqrt(1 - self.beta2**self.iter) / "
                   "(1 - self.beta1**self.iter); then for each key: self.m[key] += (1 - "
                   "self.beta1) * (grads[key] - self.m[key]); self.v[key] += (1 - self.beta2) "
                   "* (grads[key]**2 - self.v[key]); params[key] -= lr_t * self.m[key] / "
                   "(np.sqrt(self.v[key]) + 1e-7)"),
            ),
            "defaults": (
                N_("Created without arguments, each optimizer uses the book's settings."),
                N_("Give every argument of __init__ its default value: lr=0.01 for SGD, "
                   "Momentum, AdaGrad and RMSprop; momentum=0.9; decay_rate=0.99; for Adam "
                   "lr=0.001, beta1=0.9, beta2=0.999. Then keep them on self."),
                N_("def __init__(self, lr=0.001, beta1=0.9, beta2=0.999): self.lr = lr; "
                   "self.beta1 = beta1; self.beta2 = beta2; self.iter = 0; self.m = None; "
                   "self.v = None"),
            ),
            "in_place": (
                N_("A network's layers hold the very arrays of its params dict: an optimizer "
                   "must change those arrays, not put new ones in their place."),
                N_("params[key] = params[key] - step makes a new array and puts it into the "
                   "dict, while the layer still holds the old one; params[key] -= step changes "
                   "the array itself. update returns nothing: its work is done on params."),
                N_("for key in params: params[key] -= self.lr * grads[key]  (and the same -= "
                   "or += in every optimizer)"),
            ),
            "known_paths": (
                N_("The grader runs the book's comparison: 30 updates on "
                   "f(x, y) = x²/20 + y² from (−7, 2). Draw your paths with `grade plot "
                   "ch06.optimizers` and compare them with the reference ones."),
                N_("Each rule must be the book's, including where the state starts (zeros) "
                   "and when Adam counts t (before computing lr_t, so that t = 1 at the first "
                   "update). The other checks say which optimizer differs."),
                N_("params = {'x': np.array(-7.0), 'y': np.array(2.0)}; opt = "
                   "Momentum(lr=0.1); for i in range(30): opt.update(params, {'x': params['x'] "
                   "/ 10, 'y': 2 * params['y']}) must end near (0.8964, 0.0881)."),
            ),
            "downhill": (
                N_("The gradient points uphill, where the loss grows: a step must go the other "
                   "way."),
                N_("Check the signs: SGD subtracts lr·dW; Momentum's velocity is "
                   "momentum·v − lr·dW, and is then added; AdaGrad, RMSprop and Adam subtract "
                   "their step."),
                N_("self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]; "
                   "params[key] += self.v[key]"),
            ),
            "keep_state": (
                N_("An optimizer with a memory must keep it from one call of update to the "
                   "next."),
                N_("Make the state (zeros shaped like each parameter) once, at the first call, "
                   "and store it on self. A local variable is forgotten when update returns, "
                   "and a state made anew at every call always starts from 0."),
                N_("At the start of update: if self.v is None: self.v = {key: "
                   "np.zeros_like(val) for key, val in params.items()}; then use and change "
                   "self.v[key]"),
            ),
            "accumulate": (
                N_("AdaGrad's h is a running total: it only grows."),
                N_("Add the new squared gradient to h (h ← h + dW²) instead of replacing it: "
                   "with the current square alone, every step is just lr times the sign of the "
                   "gradient, and never shrinks."),
                N_("self.h[key] += grads[key] * grads[key]"),
            ),
            "rms_average": (
                N_("RMSprop's h is a weighted average of the squared gradients, not a sum."),
                N_("The two weights add up to 1: decay_rate for the old h, (1 − decay_rate) "
                   "for the new square."),
                N_("self.h[key] *= self.decay_rate; self.h[key] += (1 - self.decay_rate) * "
                   "grads[key] * grads[key]"),
            ),
            "bias_correction": (
                N_("m and v start at 0: after one update, m is only (1 − beta1)·dW, much "
                   "smaller than the gradient."),
                N_("Adam makes up for that start: the step size at update t is "
                   "lr·√(1 − beta2^t) / (1 − beta1^t). With it, the first step is about lr, "
                   "whatever the size of the gradient."),
                N_("self.iter += 1; lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / "
                   "(1.0 - self.beta1**self.iter); params[key] -= lr_t * self.m[key] / "
                   "(np.sqrt(self.v[key]) + 1e-7)"),
            ),
        },
    ),
}
