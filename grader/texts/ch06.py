"""Chapter 6 texts: learning techniques."""

from ..i18n import N_
from . import ExerciseText
from .ch05 import TEXTS as CHAPTER_5

# The reference's code that ends several ladders (the answer to more than one mistake).
ZEROS_MOMENTUM_CODE = """\
def _zeros(state: dict, params: dict) -> dict:
    for key, value in params.items():
        if key not in state:
            state[key] = np.zeros_like(value)
    return state


class Momentum:
    def update(self, params, grads):
        v = _zeros(self.v, params)
        for key in params:
            v[key] = self.momentum * v[key] - self.lr * grads[key]
            params[key] += v[key]"""
ADAGRAD_UPDATE_CODE = """\
class AdaGrad:
    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)"""
RMSPROP_UPDATE_CODE = """\
class RMSprop:
    def update(self, params, grads):
        h = _zeros(self.h, params)
        for key in params:
            h[key] *= self.decay_rate
            h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(h[key]) + EPS)"""
ADAM_UPDATE_CODE = """\
class Adam:
    def update(self, params, grads):
        m, v = (_zeros(self.m, params), _zeros(self.v, params))
        self.t += 1
        lr_t = self.lr * np.sqrt(1 - self.beta2**self.t) / (1 - self.beta1**self.t)
        for key in params:
            m[key] += (1 - self.beta1) * (grads[key] - m[key])
            v[key] += (1 - self.beta2) * (grads[key] ** 2 - v[key])
            params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + EPS)"""
SGD_UPDATE_CODE = """\
class SGD:
    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


class Momentum:
    def update(self, params, grads):
        v = _zeros(self.v, params)
        for key in params:
            v[key] = self.momentum * v[key] - self.lr * grads[key]
            params[key] += v[key]"""
ACTIVATION_HISTOGRAMS_CODE = """\
def activation_histograms(activation, weight_std, *, layers=5, nodes=100, samples=1000, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((samples, nodes))
    found = []
    for _ in range(layers):
        x = ACTIVATIONS[activation](x @ (weight_std * rng.standard_normal((nodes, nodes))))
        found.append(x)
    return found"""
BATCHNORMALIZATION_FORWARD_CODE = """\
class BatchNormalization:
    def forward(self, x, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        if train_flg:
            mean, var = (x.mean(axis=0), x.var(axis=0))
            self.std = np.sqrt(var + EPS)
            self.xn = (x - mean) / self.std
            xn = self.xn
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mean
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xn = (x - self.running_mean) / np.sqrt(self.running_var + EPS)
        return (self.gamma * xn + self.beta).reshape(self.input_shape)"""
DROPOUT_FORWARD_CODE = """\
class Dropout:
    def forward(self, x, train_flg=True):
        if train_flg:
            self.mask = np.random.random(x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)"""
MULTILAYERNET_INIT_CODE = """\
class MultiLayerNet:
    def __init__(
        self,
        input_size,
        hidden_size_list,
        output_size,
        activation="relu",
        weight_init_std="relu",
        weight_decay_lambda=0,
        use_dropout=False,
        dropout_ratio=0.5,
        use_batchnorm=False,
        seed=None,
    ):
        self.rng = np.random.default_rng(seed)
        self.weight_init_std = weight_init_std
        self.weight_decay_lambda = weight_decay_lambda
        self.params, self.layers = ({}, [])
        sizes = [input_size, *hidden_size_list]
        for i, (n_in, n_out) in enumerate(pairwise(sizes), start=1):
            self.layers.append(self._affine(i, n_in, n_out))
            if use_batchnorm:
                self.params[f"gamma{i}"], self.params[f"beta{i}"] = (
                    np.ones(n_out),
                    np.zeros(n_out),
                )
                self.layers.append(
                    BatchNormalization(self.params[f"gamma{i}"], self.params[f"beta{i}"])
                )
            self.layers.append(ACTIVATIONS[activation]())
            if use_dropout:
                self.layers.append(Dropout(dropout_ratio))
        self.layers.append(self._affine(len(sizes), sizes[-1], output_size))
        self.last_layer = SoftmaxWithLoss()

    def _affine(self, i, n_in, n_out):
        scale = weight_scale(self.weight_init_std, n_in)
        self.params[f"W{i}"] = scale * self.rng.standard_normal((n_in, n_out))
        self.params[f"b{i}"] = np.zeros(n_out)
        return Affine(self.params[f"W{i}"], self.params[f"b{i}"])

    def predict(self, x, train_flg=False):
        for layer in self.layers:
            if isinstance(layer, (Dropout, BatchNormalization)):
                x = layer.forward(x, train_flg)
            else:
                x = layer.forward(x)
        return x"""
WEIGHT_SCALE_CODE = """\
def weight_scale(weight_init_std, n_in):
    name = str(weight_init_std).lower()
    if name in ("relu", "he"):
        return np.sqrt(2.0 / n_in)
    if name in ("sigmoid", "xavier"):
        return np.sqrt(1.0 / n_in)
    return weight_init_std"""
MULTILAYERNET_LOSS_CODE = """\
class MultiLayerNet:
    def loss(self, x, t, train_flg=False):
        decay = sum((np.sum(W**2) for key, W in self.params.items() if key.startswith("W")))
        return (
            self.last_layer.forward(self.predict(x, train_flg), t)
            + 0.5 * self.weight_decay_lambda * decay
        )"""
MULTILAYERNET_GRADIENT_CODE = """\
class MultiLayerNet:
    def gradient(self, x, t):
        self.loss(x, t, train_flg=True)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        grads = {}
        affine = [layer for layer in self.layers if isinstance(layer, Affine)]
        norms = [layer for layer in self.layers if isinstance(layer, BatchNormalization)]
        for i, layer in enumerate(affine, start=1):
            grads[f"W{i}"] = layer.dW + self.weight_decay_lambda * self.params[f"W{i}"]
            grads[f"b{i}"] = layer.db
        for i, layer in enumerate(norms, start=1):
            grads[f"gamma{i}"], grads[f"beta{i}"] = (layer.dgamma, layer.dbeta)
        return grads"""
TRAIN_OVERFIT_CODE = """\
def train_overfit(
    *,
    weight_decay_lambda=0.0,
    use_dropout=False,
    dropout_ratio=0.15,
    epochs=200,
    seed=0,
    data_dir=None,
):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir)
    x_train, t_train = (x_train[:TRAIN_SIZE], t_train[:TRAIN_SIZE])
    x_test, t_test = (x_test[:TEST_SIZE], t_test[:TEST_SIZE])
    network = MultiLayerNet(
        784,
        [100] * 6,
        10,
        weight_decay_lambda=weight_decay_lambda,
        use_dropout=use_dropout,
        dropout_ratio=dropout_ratio,
        seed=seed,
    )
    optimizer = SGD(lr=0.01)
    rng = np.random.default_rng(seed)
    history = {"train_acc": [], "test_acc": []}
    for _epoch in range(epochs):
        for _step in range(TRAIN_SIZE // BATCH_SIZE):
            batch = rng.choice(TRAIN_SIZE, BATCH_SIZE)
            optimizer.update(network.params, network.gradient(x_train[batch], t_train[batch]))
        history["train_acc"].append(network.accuracy(x_train, t_train))
        history["test_acc"].append(network.accuracy(x_test, t_test))
    return history"""

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
                ZEROS_MOMENTUM_CODE,
            ),
            "adagrad": (
                N_("AdaGrad gives each parameter its own step size, which shrinks as that "
                   "parameter's gradients add up."),
                N_("Keep h per key, zeros at first. At each update, add the elementwise square "
                   "of the gradient to h, then divide the step by √h + 1e-7 (the small "
                   "constant keeps the division finite while h is 0)."),
                ADAGRAD_UPDATE_CODE,
            ),
            "rmsprop": (
                N_("RMSprop is AdaGrad with a fading memory: old squared gradients count less "
                   "and less."),
                N_("Multiply h by decay_rate before adding the new square, weighted by "
                   "(1 − decay_rate): h is then a running average of the squares, and the "
                   "steps no longer shrink to nothing."),
                RMSPROP_UPDATE_CODE,
            ),
            "adam": (
                N_("Adam keeps two running averages per parameter: m of the gradients (like "
                   "Momentum) and v of their squares (like RMSprop)."),
                N_("Count the updates in self.t (the book's self.iter), 1 at the first. "
                   "m ← beta1·m + (1 − beta1)·dW and v ← beta2·v + (1 − beta2)·dW². "
                   "Both start at 0, so the step size of update t is "
                   "lr·√(1 − beta2^t) / (1 − beta1^t)."),
                ADAM_UPDATE_CODE,
            ),
            "defaults": (
                N_("Created without arguments, each optimizer uses the book's settings."),
                N_("Give every argument of __init__ its default value: lr=0.01 for SGD, "
                   "Momentum, AdaGrad and RMSprop; momentum=0.9; decay_rate=0.99; for Adam "
                   "lr=0.001, beta1=0.9, beta2=0.999. Then keep them on self."),
                """\
class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum = (lr, momentum)
        self.v = {}


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = {}


class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr, self.decay_rate = (lr, decay_rate)
        self.h = {}


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = (lr, beta1, beta2)
        self.t = 0
        self.m, self.v = ({}, {})""",
            ),
            "in_place": (
                N_("A network's layers hold the very arrays of its params dict: an optimizer "
                   "must change those arrays, not put new ones in their place."),
                N_("params[key] = params[key] - step makes a new array and puts it into the "
                   "dict, while the layer still holds the old one; params[key] -= step changes "
                   "the array itself. update returns nothing: its work is done on params."),
                SGD_UPDATE_CODE,
            ),
            "known_paths": (
                N_("The grader runs the book's comparison: 30 updates on "
                   "f(x, y) = x²/20 + y² from (−7, 2). Draw your paths with `grade plot "
                   "ch06.optimizers` and compare them with the reference ones."),
                N_("Each rule must be the book's, including where the state starts (zeros) "
                   "and when Adam counts t (before computing lr_t, so that t = 1 at the first "
                   "update). The other checks say which optimizer differs."),
                "\n\n\n".join((SGD_UPDATE_CODE, ADAGRAD_UPDATE_CODE, RMSPROP_UPDATE_CODE,
                                ADAM_UPDATE_CODE)),
            ),
            "downhill": (
                N_("The gradient points uphill, where the loss grows: a step must go the other "
                   "way."),
                N_("Check the signs: SGD subtracts lr·dW; Momentum's velocity is "
                   "momentum·v − lr·dW, and is then added; AdaGrad, RMSprop and Adam subtract "
                   "their step."),
                SGD_UPDATE_CODE,
            ),
            "keep_state": (
                N_("An optimizer with a memory must keep it from one call of update to the "
                   "next."),
                N_("Make the state (zeros shaped like each parameter) once, at the first call, "
                   "and store it on self. A local variable is forgotten when update returns, "
                   "and a state made anew at every call always starts from 0."),
                ZEROS_MOMENTUM_CODE,
            ),
            "accumulate": (
                N_("AdaGrad's h is a running total: it only grows."),
                N_("Add the new squared gradient to h (h ← h + dW²) instead of replacing it: "
                   "with the current square alone, every step is just lr times the sign of the "
                   "gradient, and never shrinks."),
                ADAGRAD_UPDATE_CODE,
            ),
            "rms_average": (
                N_("RMSprop's h is a weighted average of the squared gradients, not a sum."),
                N_("The two weights add up to 1: decay_rate for the old h, (1 − decay_rate) "
                   "for the new square."),
                RMSPROP_UPDATE_CODE,
            ),
            "bias_correction": (
                N_("m and v start at 0: after one update, m is only (1 − beta1)·dW, much "
                   "smaller than the gradient."),
                N_("Adam makes up for that start: the step size at update t is "
                   "lr·√(1 − beta2^t) / (1 − beta1^t). With it, the first step is about lr, "
                   "whatever the size of the gradient."),
                ADAM_UPDATE_CODE,
            ),
            "interface": (
                N_("The grader makes each optimizer as the statement writes it, SGD(lr=...), "
                   "Momentum(lr=..., momentum=...), AdaGrad(lr=...), RMSprop(lr=..., "
                   "decay_rate=...) and Adam(lr=..., beta1=..., beta2=...), and calls "
                   "update(params, grads): another name or one more required parameter makes "
                   "the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement; update changes params "
                   "in place and returns nothing."),
                """\
class SGD:
    def __init__(self, lr=0.01): ...
    def update(self, params, grads): ...


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9): ...
    def update(self, params, grads): ...


class AdaGrad:
    def __init__(self, lr=0.01): ...
    def update(self, params, grads): ...


class RMSprop:
    def __init__(self, lr=0.01, decay_rate=0.99): ...
    def update(self, params, grads): ...


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999): ...
    def update(self, params, grads): ...""",
            ),
        },
    ),
    "ch06.weight_init": ExerciseText(
        title=N_("Initial weights: Xavier and He"),
        statement=N_(
            "How large should the initial weights be? All zeros will not do (every unit of a "
            "layer would learn the same thing), and random weights of the wrong scale squeeze "
            "the activations of a deep network to nothing, or to the flat ends of the sigmoid, "
            "where gradients vanish. The book measures it: 1,000 standard-normal inputs of 100 "
            "values go through 5 layers of 100 units without biases, and a histogram of each "
            "layer's activations shows where they end up.\n"
            "\n"
            "In ch06_techniques/weight_init.py, write:\n"
            "- xavier_std(n_in): Xavier's scale √(1/n_in), for sigmoid and tanh;\n"
            "- he_std(n_in): He's scale √(2/n_in), for ReLU (which zeroes half of its inputs, "
            "hence twice the variance);\n"
            "- activation_histograms(activation, weight_std, *, layers=5, nodes=100, "
            "samples=1000, seed=0): the book's experiment. x is a (samples, nodes) array of "
            "standard-normal numbers; each layer draws weights W of shape (nodes, nodes) from a "
            "normal distribution of standard deviation weight_std, computes a = x @ W and its "
            "activation z, and z becomes the next layer's x. activation is \"sigmoid\", \"tanh\" "
            "or \"relu\". Return the list of the layers' z, one (samples, nodes) array each.\n"
            "\n"
            "Known answers: xavier_std(100) = 0.1 and he_std(100) ≈ 0.1414. What the book "
            "shows: with sigmoid and weights of standard deviation 1, the activations pile up "
            "near 0 and 1; with 0.01, all of them are close to 0.5; with Xavier's scale they "
            "stay spread out over the five layers. With ReLU, 0.01 makes them shrink about 14 "
            "times per layer, Xavier's scale about 1.4 times, and He's keeps the same spread "
            "layer after layer.\n"
            "\n"
            "Your random numbers are not the grader's, so the grader compares what your "
            "activations look like: the mean and standard deviation of each layer, against "
            "the same experiment run on its side. `grade plot ch06.weight_init` draws your "
            "histograms next to the reference ones."
        ),
        hints={
            "xavier": (
                N_("Xavier's scale depends only on the number of inputs of a unit, n_in."),
                N_("It is the square root of 1 / n_in: each unit adds up n_in products, and "
                   "this scale keeps the variance of the sum close to that of one input."),
                N_("def xavier_std(n_in): return np.sqrt(1.0 / n_in)"),
            ),
            "he": (
                N_("He's scale is Xavier's, made larger for ReLU."),
                N_("ReLU zeroes about half of its inputs, which halves the variance: He "
                   "doubles it back, √(2 / n_in)."),
                N_("def he_std(n_in): return np.sqrt(2.0 / n_in)"),
            ),
            "swapped": (
                N_("Look again at which scale belongs to which name."),
                N_("Xavier (for sigmoid and tanh) is √(1 / n_in); He (for ReLU) is "
                   "√(2 / n_in), the larger of the two."),
                """\
def xavier_std(n_in):
    return np.sqrt(1.0 / n_in)


def he_std(n_in):
    return np.sqrt(2.0 / n_in)""",
            ),
            "shapes": (
                N_("activation_histograms returns one array per layer: a list of `layers` "
                   "arrays."),
                N_("Each array holds the activations of one layer for every sample: shape "
                   "(samples, nodes). The input x has that shape too, and so does x @ W when W "
                   "is (nodes, nodes)."),
                ACTIVATION_HISTOGRAMS_CODE,
            ),
            "experiment": (
                N_("Compare your histograms with the reference ones: `grade plot "
                   "ch06.weight_init`."),
                N_("Check the three ingredients: standard-normal input (np.random.randn or "
                   "rng.standard_normal, not rand, which is uniform on [0, 1)); weights scaled "
                   "by weight_std; and each layer's input is the previous layer's activations, "
                   "after the activation function."),
                ACTIVATION_HISTOGRAMS_CODE,
            ),
            "chain_layers": (
                N_("In a deep network, each layer works on what the layer before it produced."),
                N_("After computing a layer's activations z, use them as the input of the next "
                   "layer: x = z. Do not start again from the original data."),
                ACTIVATION_HISTOGRAMS_CODE,
            ),
            "activation_name": (
                N_("The activation argument names the function to apply: check that each name "
                   "gets its own function."),
                N_("\"sigmoid\" is 1 / (1 + exp(−a)), \"tanh\" is np.tanh(a), \"relu\" is "
                   "max(0, a). A dict from name to function avoids a chain of if."),
                ACTIVATION_HISTOGRAMS_CODE,
            ),
            "interface": (
                N_("The grader calls xavier_std(n_in), he_std(n_in) and "
                   "activation_histograms(activation, weight_std, layers=..., nodes=..., "
                   "samples=..., seed=...) as the statement writes them: another name or one "
                   "more required parameter makes the call fail before your code runs."),
                N_("Keep the names of the statement; layers, nodes, samples and seed are "
                   "keyword arguments with defaults."),
                """\
def xavier_std(n_in): ...
def he_std(n_in): ...
def activation_histograms(
    activation, weight_std, *, layers=5, nodes=100, samples=1000, seed=0
): ...""",
            ),
        },
    ),
    "ch06.batch_norm": ExerciseText(
        title=N_("Batch normalization"),
        statement=N_(
            "Batch normalization makes each feature of a layer's input have mean 0 and variance "
            "1 over the mini-batch, then scales it by gamma and shifts it by beta, two "
            "parameters that the network learns. Learning becomes faster and less sensitive "
            "to the initial weights.\n"
            "\n"
            "In ch06_techniques/batch_norm.py, write the layer BatchNormalization(gamma, beta, "
            "momentum=0.9, running_mean=None, running_var=None), gamma and beta of shape (D,):\n"
            "- forward(x, train_flg=True), x of shape (N, D), or (N, C, H, W), flattened first "
            "to (N, C·H·W) as the book does, the output given back the shape of x. In "
            "training, with the batch's mean μ and variance σ² of each column (over axis 0): "
            "x̂ = (x − μ) / √(σ² + ε), with a small ε such as the book's 10e-7, and the output "
            "is gamma·x̂ + beta. Training also updates running_mean ← momentum·running_mean + "
            "(1 − momentum)·μ, and running_var the same way with σ² (both start as zeros of "
            "shape (D,) when not given). In test mode (train_flg=False), the running mean and "
            "variance take the place of μ and σ², and nothing is updated;\n"
            "- backward(dout) → dx, shaped like x, and keeps dgamma = Σ x̂·dout and "
            "dbeta = Σ dout (sums over the batch). Careful: μ and σ² are computed from the "
            "batch, so they depend on x too. With dx̂ = gamma·dout and the means taken over the "
            "batch: dx = (dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) / √(σ² + ε).\n"
            "\n"
            "Known answers: with gamma = 1 and beta = 0, forward on [[1, 10], [3, 30]] gives "
            "about [[−1, −1], [1, 1]]; with momentum 0.9, running_mean becomes [0.2, 2] and "
            "running_var [0.1, 10]. The grader compares your dx, dgamma and dbeta with central "
            "differences of forward."
        ),
        hints={
            "normalise": (
                N_("Each column (feature) is normalised over the rows (the samples of the "
                   "batch)."),
                N_("μ = x.mean(axis=0) and σ² = x.var(axis=0) have shape (D,). Divide by "
                   "√(σ² + ε), not by σ² and not by σ + ε alone; then scale by gamma and shift "
                   "by beta."),
                BATCHNORMALIZATION_FORWARD_CODE,
            ),
            "batch_axis": (
                N_("Which axis holds the samples of the batch?"),
                N_("The rows are the samples: averaging along axis=1 normalises each sample "
                   "over its own features (that is layer normalization, not batch "
                   "normalization). Use axis=0."),
                BATCHNORMALIZATION_FORWARD_CODE,
            ),
            "nd_input": (
                N_("Images have four axes, (N, C, H, W); the book flattens each sample into a "
                   "row first."),
                N_("Remember the input's shape, reshape x to (N, −1), normalise as for (N, D), "
                   "and give the output back the original shape. gamma and beta then have C·H·W "
                   "values."),
                N_("self.input_shape = x.shape; x = x.reshape(x.shape[0], -1); ...; return "
                   "out.reshape(*self.input_shape)"),
            ),
            "running": (
                N_("The running mean and variance are averages over many training batches, "
                   "for use at test time."),
                N_("At each training forward: running ← momentum·running + (1 − momentum)·"
                   "batch value. The old value keeps the weight momentum (0.9), the new batch "
                   "only 1 − momentum. When running_mean is None, start from zeros of shape "
                   "(D,)."),
                N_("self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) "
                   "* mu; self.running_var = self.momentum * self.running_var + (1 - "
                   "self.momentum) * var"),
            ),
            "test_mode": (
                N_("At test time, a sample's output must not depend on the other samples of "
                   "its batch."),
                N_("With train_flg=False, normalise with self.running_mean and "
                   "self.running_var instead of the batch's mean and variance, and leave them "
                   "unchanged."),
                BATCHNORMALIZATION_FORWARD_CODE,
            ),
            "backward": (
                N_("Keep what backward needs during forward: x̂, x − μ and √(σ² + ε)."),
                N_("The mean and the variance are functions of every x of the batch: the "
                   "gradient goes through them too. The book follows the graph step by step "
                   "(dxn, dxc, dstd, dvar, dmu); the short form is dx = (dx̂ − mean(dx̂) − "
                   "x̂·mean(dx̂·x̂)) / std, with dx̂ = gamma·dout and means over axis 0."),
                N_("dxn = self.gamma * dout; dx = (dxn - dxn.mean(axis=0) - self.xn * (dxn * "
                   "self.xn).mean(axis=0)) / self.std"),
            ),
            "through_statistics": (
                N_("μ and σ² are not constants: they are computed from the batch, x included."),
                N_("Moving one x moves the mean and the variance, which moves every output of "
                   "its column. dx = gamma·dout / std leaves that out; two correction terms, "
                   "the mean of dx̂ and x̂ times the mean of dx̂·x̂, put it back."),
                N_("dxn = self.gamma * dout; dx = (dxn - dxn.mean(axis=0) - self.xn * (dxn * "
                   "self.xn).mean(axis=0)) / self.std"),
            ),
            "nd_backward": (
                N_("backward receives dout shaped like the output, (N, C, H, W) for images."),
                N_("Flatten dout to (N, −1) as forward flattened x, compute dx, and give it "
                   "back the shape of the input."),
                N_("dout = dout.reshape(dout.shape[0], -1); ...; return "
                   "dx.reshape(*self.input_shape)"),
            ),
            "params_backward": (
                N_("gamma multiplies x̂ and beta is added: their gradients are those of a "
                   "product and of a sum."),
                N_("Each column's gamma and beta serve every sample of the batch: add up the "
                   "rows' contributions. dbeta = Σ dout, dgamma = Σ x̂·dout, over axis 0."),
                N_("self.dbeta = dout.sum(axis=0); self.dgamma = np.sum(self.xn * dout, "
                   "axis=0)"),
            ),
            "interface": (
                N_("The grader makes BatchNormalization(gamma, beta, momentum=..., "
                   "running_mean=..., running_var=...) as the statement writes it, and calls "
                   "forward(x, train_flg=...) and backward(dout): another name or one more "
                   "required parameter makes the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement: momentum=0.9, "
                   "running_mean=None, running_var=None and train_flg=True."),
                """\
class BatchNormalization:
    def __init__(self, gamma, beta, momentum=0.9, running_mean=None, running_var=None): ...
    def forward(self, x, train_flg=True): ...
    def backward(self, dout): ...""",
            ),
        },
    ),
    "ch06.dropout": ExerciseText(
        title=N_("Dropout"),
        statement=N_(
            "Dropout switches off a random part of the hidden units at every training step. "
            "No unit can count on any other being there, so the network cannot learn its "
            "training examples by heart so easily; it is like training many thinned networks "
            "and averaging them.\n"
            "\n"
            "In ch06_techniques/dropout.py, write the layer Dropout(dropout_ratio=0.5):\n"
            "- forward(x, train_flg=True): in training, draw a fresh random mask at every "
            "call, one uniform random number per unit (np.random.rand) compared with "
            "dropout_ratio, so that each unit is dropped with probability dropout_ratio; keep "
            "the mask, and return x where the unit is kept and 0 elsewhere. At test time "
            "(train_flg=False), keep every unit but scale it, as the "
            "book does: return x·(1 − dropout_ratio), the share of units that were on during "
            "training, on average;\n"
            "- backward(dout): the gradient flows back only through the units that were kept: "
            "dout where the mask is True, 0 elsewhere.\n"
            "\n"
            "Known answers: at test time, Dropout(0.2) turns [1, 2, 3] into [0.8, 1.6, 2.4]. "
            "In training, Dropout(0.2) zeroes about a fifth of the units (20 %), others each "
            "call.\n"
            "\n"
            "The grader cannot know your random mask, so it checks what dropout must do: each "
            "training output is the input or 0, with about the right share of zeros, a new "
            "mask every call, and a backward pass that follows the mask."
        ),
        hints={
            "train_mask": (
                N_("In training, each unit is either kept as it is or switched off."),
                N_("Draw a boolean mask shaped like x, True where the unit stays: a uniform "
                   "random number above dropout_ratio. Keep it on self (backward needs it) and "
                   "multiply x by it."),
                N_("self.mask = np.random.rand(*x.shape) > self.dropout_ratio; return x * "
                   "self.mask"),
            ),
            "ratio_meaning": (
                N_("dropout_ratio is the share of units switched off, not of units kept."),
                N_("A uniform random number is below dropout_ratio with probability "
                   "dropout_ratio: those units are dropped, so the mask (True = kept) is the "
                   "comparison random > dropout_ratio."),
                DROPOUT_FORWARD_CODE,
            ),
            "book_scaling": (
                N_("The book scales at test time, not during training."),
                N_("Some libraries divide the kept units by 1 − dropout_ratio during training "
                   "(inverted dropout). The book keeps them as they are in training and "
                   "multiplies everything by 1 − dropout_ratio at test time; this exercise "
                   "follows the book."),
                DROPOUT_FORWARD_CODE,
            ),
            "fresh_mask": (
                N_("Dropout switches off other units at every training step."),
                N_("Draw the mask inside forward, at every call with train_flg=True, not once "
                   "in __init__, and do not reseed the random generator there."),
                DROPOUT_FORWARD_CODE,
            ),
            "test_scale": (
                N_("At test time every unit is on, but during training only a share of them "
                   "was."),
                N_("To keep the next layer's inputs the same size as in training, the book "
                   "multiplies the outputs by the share of units that were kept: "
                   "1 − dropout_ratio."),
                DROPOUT_FORWARD_CODE,
            ),
            "backward_mask": (
                N_("A unit that forward switched off did not take part: no gradient flows "
                   "through it."),
                N_("Use the mask kept by the last forward: dout where the mask is True, 0 "
                   "elsewhere. Do not draw a new mask in backward."),
                N_("def backward(self, dout): return dout * self.mask"),
            ),
            "interface": (
                N_("The grader makes Dropout(dropout_ratio=...) as the statement writes it, "
                   "and calls forward(x, train_flg=...) and backward(dout): another name or "
                   "one more required parameter makes the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement: dropout_ratio=0.5 and "
                   "train_flg=True."),
                """\
class Dropout:
    def __init__(self, dropout_ratio=0.5): ...
    def forward(self, x, train_flg=True): ...
    def backward(self, dout): ...""",
            ),
        },
    ),
    "ch06.multi_layer_net": ExerciseText(
        title=N_("A deep network with the chapter's techniques"),
        statement=N_(
            "Chapter 5's network had one hidden layer. This one has as many as you like, and "
            "every technique of the chapter as a switch, as the book's extended multi-layer "
            "network does.\n"
            "\n"
            "In ch06_techniques/multi_layer_net.py, write MultiLayerNet(input_size, "
            "hidden_size_list, output_size, activation=\"relu\", weight_init_std=\"relu\", "
            "weight_decay_lambda=0, use_dropout=False, dropout_ratio=0.5, use_batchnorm=False, "
            "seed=None):\n"
            "- params: for each layer i = 1 … L+1 (L = len(hidden_size_list)), Wi of shape "
            "(units in, units out) and bi of zeros. weight_init_std is a number (the standard "
            "deviation of the weights), \"relu\" or \"he\" (√(2/n) for a layer with n inputs) or "
            "\"sigmoid\" or \"xavier\" (√(1/n)). With use_batchnorm, each hidden layer i also "
            "has gammai (ones) and betai (zeros);\n"
            "- the layers, built on the very arrays of params: per hidden layer Affine, then "
            "BatchNormalization (with use_batchnorm), then Relu or Sigmoid (activation), then "
            "Dropout(dropout_ratio) (with use_dropout); then a last Affine and "
            "SoftmaxWithLoss;\n"
            "- predict(x, train_flg=False): the layers in turn; BatchNormalization and Dropout "
            "receive train_flg;\n"
            "- loss(x, t, train_flg=False): the cross-entropy plus the weight decay term "
            "½·λ·Σ‖Wi‖², the sum of every squared weight (not the biases) times "
            "weight_decay_lambda;\n"
            "- accuracy(x, t): with predict in test mode; t labels or one-hot;\n"
            "- numerical_gradient(x, t) and gradient(x, t): dicts with one gradient per key "
            "of params, from the training-mode loss (train_flg=True). In gradient, every "
            "weight's gradient gets λ·Wi added, the slope of the weight decay term; gammai and "
            "betai get the BatchNormalization layers' dgamma and dbeta.\n"
            "\n"
            "Known answer: MultiLayerNet(784, [100, 100], 10) has W1 (784, 100), b1 (100,), W2 "
            "(100, 100), b2 (100,), W3 (100, 10), b3 (10,); the standard deviation of W1 is "
            "about √(2/784) ≈ 0.0505.\n"
            "\n"
            "The grader writes random values into your params and compares predict, loss and "
            "gradient with the same network written out on its side, and with central "
            "differences of the loss. The layers of chapter 5, BatchNormalization and Dropout "
            "come from your earlier exercises; while this one is graded, their reference "
            "versions are used."
        ),
        hints={
            "param_shapes": (
                N_("Each weight matrix connects one layer to the next: list every layer's size "
                   "first, input and output included."),
                N_("sizes = [input_size] + hidden_size_list + [output_size]; layer i has Wi of "
                   "shape (sizes[i−1], sizes[i]) and bi of shape (sizes[i],). With "
                   "use_batchnorm, each hidden layer also has gammai = np.ones(...) and betai = "
                   "np.zeros(...)."),
                MULTILAYERNET_INIT_CODE,
            ),
            "init_scale": (
                N_("The scale of each layer's weights depends on that layer's number of "
                   "inputs."),
                N_("For \"relu\" or \"he\", use √(2 / n); for \"sigmoid\" or \"xavier\", √(1 / "
                   "n), n being the size of the layer before; for a number, that number. "
                   "str(weight_init_std).lower() lets one test handle both strings and "
                   "numbers."),
                WEIGHT_SCALE_CODE,
            ),
            "init_swapped": (
                N_("Check which scale goes with which name."),
                N_("He's √(2 / n) is for ReLU (\"relu\", \"he\"); Xavier's √(1 / n) for "
                   "sigmoid (\"sigmoid\", \"xavier\")."),
                WEIGHT_SCALE_CODE,
            ),
            "shared_params": (
                N_("An optimizer changes net.params in place. Do your layers notice?"),
                N_("Give each layer the very arrays of params, not copies: Affine(self.params"
                   "['W1'], self.params['b1']), BatchNormalization(self.params['gamma1'], "
                   "self.params['beta1'])."),
                """\
class MultiLayerNet:
    def _affine(self, i, n_in, n_out):
        scale = weight_scale(self.weight_init_std, n_in)
        self.params[f"W{i}"] = scale * self.rng.standard_normal((n_in, n_out))
        self.params[f"b{i}"] = np.zeros(n_out)
        return Affine(self.params[f"W{i}"], self.params[f"b{i}"])""",
            ),
            "predict": (
                N_("predict is every layer's forward, in order."),
                N_("BatchNormalization and Dropout behave differently in training: pass them "
                   "train_flg, and the other layers x alone. Stop at the last Affine: the "
                   "softmax belongs to SoftmaxWithLoss."),
                N_("for key, layer in self.layers.items(): x = layer.forward(x, train_flg) if "
                   "'Dropout' in key or 'BatchNorm' in key else layer.forward(x); return x"),
            ),
            "weight_decay": (
                N_("Weight decay adds the size of the weights to the loss."),
                N_("Add ½·λ·Σ W² over every weight matrix W1, W2, …, biases left out, to the "
                   "cross-entropy of the last layer."),
                MULTILAYERNET_LOSS_CODE,
            ),
            "decay_term": (
                N_("Look at the weight decay term: ½·λ·Σ‖Wi‖²."),
                N_("Only the weights count, not the biases, and the factor is 0.5 · λ: its "
                   "slope is then simply λ·W."),
                MULTILAYERNET_LOSS_CODE,
            ),
            "accuracy": (
                N_("The network's answer for a row is the class with the highest score, in "
                   "test mode."),
                N_("y = np.argmax(self.predict(x, train_flg=False), axis=1); turn a one-hot t "
                   "into labels with argmax too, and count the rows where both agree."),
                N_("if t.ndim != 1: t = np.argmax(t, axis=1); return np.sum(y == t) / "
                   "float(x.shape[0])"),
            ),
            "net_gradient": (
                N_("As in chapter 5: numerical_gradient on each parameter, with a function that "
                   "returns the loss."),
                N_("Use the training-mode loss, self.loss(x, t, train_flg=True), so that it "
                   "matches gradient; include every key of params, gamma and beta too."),
                N_("loss_w = lambda w: self.loss(x, t, train_flg=True); return {key: "
                   "numerical_gradient(loss_w, value) for key, value in self.params.items()}"),
            ),
            "backprop": (
                N_("Backpropagation: the training-mode loss once, then every layer's backward "
                   "in reverse order."),
                N_("After the backward pass, each Affine layer holds dW and db: the gradient "
                   "of Wi is dW + λ·Wi (the slope of the weight decay term), that of bi is db."),
                MULTILAYERNET_GRADIENT_CODE,
            ),
            "decay_gradient": (
                N_("The loss has two parts; its gradient has two parts too."),
                N_("The slope of ½·λ·Σ W² with respect to W is λ·W: add it to the dW that "
                   "backpropagation leaves in each Affine layer (the biases get nothing)."),
                MULTILAYERNET_GRADIENT_CODE,
            ),
            "batchnorm": (
                N_("With use_batchnorm, a BatchNormalization layer sits between each hidden "
                   "Affine and its activation."),
                N_("Build it on params['gammai'] and params['betai'], give it train_flg in "
                   "predict, and after the backward pass read its dgamma and dbeta into the "
                   "gradients."),
                MULTILAYERNET_INIT_CODE,
            ),
            "dropout": (
                N_("With use_dropout, a Dropout layer follows each hidden activation."),
                N_("Create it with dropout_ratio, and pass train_flg to it in predict: it "
                   "drops units in training (a new draw every time) and scales them at test "
                   "time."),
                MULTILAYERNET_INIT_CODE,
            ),
            "interface": (
                N_("The grader makes MultiLayerNet(input_size, hidden_size_list, "
                   "output_size, ...) with the book's keyword arguments (activation, "
                   "weight_init_std, weight_decay_lambda, use_dropout, dropout_ratio, "
                   "use_batchnorm, seed), and calls predict, loss, accuracy, "
                   "numerical_gradient and gradient: another name or one more required "
                   "parameter makes the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement; predict and loss take "
                   "train_flg=False."),
                """\
class MultiLayerNet:
    def __init__(
        self,
        input_size,
        hidden_size_list,
        output_size,
        activation="relu",
        weight_init_std="relu",
        weight_decay_lambda=0,
        use_dropout=False,
        dropout_ratio=0.5,
        use_batchnorm=False,
        seed=None,
    ): ...
    def predict(self, x, train_flg=False): ...
    def loss(self, x, t, train_flg=False): ...
    def accuracy(self, x, t): ...
    def numerical_gradient(self, x, t): ...
    def gradient(self, x, t): ...""",
            ),
        },
    ),
    "ch06.overfitting": ExerciseText(
        title=N_("Overfitting, weight decay and dropout"),
        statement=N_(
            "A network with many parameters, trained on few examples, learns them by heart: "
            "nearly all of its training images right, far fewer of the images it has never "
            "seen. "
            "This is overfitting. The book provokes it on purpose, then tames it with weight "
            "decay and dropout.\n"
            "\n"
            "In ch06_techniques/overfitting.py, write train_overfit(*, "
            "weight_decay_lambda=0.0, use_dropout=False, dropout_ratio=0.15, epochs=200, "
            "seed=0, data_dir=None), which:\n"
            "- loads MNIST with load_mnist(data_dir) from grader.datasets and keeps the first "
            "300 training images and the first 1,000 test images (enough to see the gap, and "
            "quick to measure at every epoch);\n"
            "- builds your MultiLayerNet(784, [100] * 6, 10) with weight_decay_lambda, "
            "use_dropout and dropout_ratio (and seed=seed);\n"
            "- trains it with your SGD(lr=0.01) in mini-batches of 100 drawn at random from "
            "the 300 images: one epoch is 3 updates;\n"
            "- measures the accuracy on the 300 training images and on the 1,000 test images "
            "once per epoch, and returns {\"train_acc\": [...], \"test_acc\": [...]}, one value "
            "per epoch each.\n"
            "\n"
            "What the reference gives after 120 epochs: without regularisation, an accuracy of "
            "about 100 % (training images) and 70 % (test images); with "
            "weight_decay_lambda=0.1, about 88 % and 64 %: the gap narrows, since the network "
            "can no longer learn its training images by heart. Dropout (0.15) slows the "
            "learning down much more: after 30 epochs, a training accuracy of about 25 %, "
            "against 70 % without.\n"
            "\n"
            "The grader runs your function three times (120 epochs plain, 120 epochs with "
            "weight decay 0.1, 30 epochs with dropout 0.15) and checks these facts with wide "
            "margins. `grade plot ch06.overfitting` draws your curves with and without weight "
            "decay."
        ),
        hints={
            "history": (
                N_("train_overfit returns a dict of two lists, with one accuracy per epoch in "
                   "each."),
                N_("After each epoch (3 updates of 100 images), append network.accuracy on the "
                   "300 training images to history['train_acc'] and on the 1,000 test images "
                   "to history['test_acc']: epochs values each, fractions between 0 and 1."),
                TRAIN_OVERFIT_CODE,
            ),
            "training_loop": (
                N_("The network should learn its 300 training images almost perfectly: check "
                   "that every setting reaches the network and the loop."),
                N_("Keep the first 300 images and their labels together (x_train[:300], "
                   "t_train[:300]); per epoch, 3 times: draw 100 indices with "
                   "np.random.choice(300, 100), compute the gradient on that batch and let "
                   "SGD(lr=0.01) update network.params."),
                TRAIN_OVERFIT_CODE,
            ),
            "not_learning": (
                N_("The training accuracy stays near 10 %: the network is not learning at "
                   "all."),
                N_("Check that the optimizer updates network.params itself (the dict the "
                   "layers share), with the gradient of the same batch; and that the images "
                   "and labels were sliced the same way."),
                TRAIN_OVERFIT_CODE,
            ),
            "test_set": (
                N_("test_acc is measured on images the network never trained on."),
                N_("Use the test images (x_test[:1000], t_test[:1000]) for test_acc, not the "
                   "training images, and keep each image with its own label."),
                TRAIN_OVERFIT_CODE,
            ),
            "weight_decay": (
                N_("With weight_decay_lambda=0.1, the training accuracy should stay clearly "
                   "below that of the plain run."),
                N_("Pass weight_decay_lambda on to MultiLayerNet: its loss and gradient use "
                   "it. If they do (check ch06.multi_layer_net), the network cannot keep the "
                   "large weights that learning by heart needs."),
                TRAIN_OVERFIT_CODE,
            ),
            "dropout": (
                N_("With use_dropout=True, units are switched off at every training step: "
                   "learning is slower."),
                N_("Pass use_dropout and dropout_ratio on to MultiLayerNet, and train with the "
                   "network's gradient (training mode, where Dropout drops units)."),
                TRAIN_OVERFIT_CODE,
            ),
            "get_mnist": (
                *CHAPTER_5["ch05.train_mnist"].hints["get_mnist"][:2],
                N_("`grade data --data-dir PATH` downloads and checks the files in PATH; then "
                   "run export NNKATA_MNIST_DIR=PATH (set NNKATA_MNIST_DIR=PATH on Windows) "
                   "before `grade ch06.overfitting`."),
            ),
            "interface": (
                N_("The grader calls train_overfit with keyword arguments only "
                   "(weight_decay_lambda, use_dropout, dropout_ratio, epochs, seed, "
                   "data_dir), as the statement writes it: another name or one more required "
                   "parameter makes the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement, every parameter after "
                   "the *."),
                """\
def train_overfit(
    *,
    weight_decay_lambda=0.0,
    use_dropout=False,
    dropout_ratio=0.15,
    epochs=200,
    seed=0,
    data_dir=None,
): ...""",
            ),
        },
    ),
}
