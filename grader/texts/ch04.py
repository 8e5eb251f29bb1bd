"""Chapter 4 texts: learning from data."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Learning from data")

# The last rung of each ladder: the code of the answer, the same in every language.
_SSE = """def sum_squared_error(y, t):
    return 0.5 * np.sum((np.asarray(y) - np.asarray(t)) ** 2)"""
_CEE = """def cross_entropy_error(y, t):
    y, t = np.asarray(y), np.asarray(t)
    if y.ndim == 1:  # one sample: a batch of one
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    if t.size == y.size:  # one-hot targets: the label is where the 1 is
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t.reshape(-1)] + 1e-7)) / batch_size"""
_DIFF = """def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)"""
_GRADIENT = """def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        x[idx] = saved + h
        f_plus = f(x)
        x[idx] = saved - h
        f_minus = f(x)
        x[idx] = saved
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad"""
_DESCENT = """def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = np.array(init_x, dtype=float)
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return x"""
_NET_INIT = """class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }"""
_NET_PREDICT = """    def predict(self, x):
        z1 = sigmoid(x @ self.params["W1"] + self.params["b1"])
        return softmax(z1 @ self.params["W2"] + self.params["b2"])"""
_NET_LOSS = """    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)"""
_NET_ACCURACY = """    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t)) / x.shape[0]"""
_NET_GRADIENT = """    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t)
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}"""
_TRAIN = """def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None):
    if grad is None:
        grad = getattr(network, "gradient", None) or network.numerical_gradient
    if eval_every is None:
        eval_every = max(len(x_train) // batch_size, 1)
    rng = np.random.default_rng(seed)
    history = {"loss": [], "train_acc": [], "test_acc": []}
    for i in range(iters):
        batch = rng.choice(len(x_train), batch_size)
        x_batch, t_batch = x_train[batch], t_train[batch]
        grads = grad(x_batch, t_batch)
        for key in network.params:
            network.params[key] -= learning_rate * grads[key]
        history["loss"].append(float(network.loss(x_batch, t_batch)))
        if i % eval_every == 0:
            history["train_acc"].append(float(network.accuracy(x_train, t_train)))
            if x_test is not None:
                history["test_acc"].append(float(network.accuracy(x_test, t_test)))
    return history"""

# Rungs chapter 5's network shares (its ladders end with its own code).
ZERO_BIASES = (
    N_("Your biases do not start at zero: only the weights are drawn at random, the "
       "biases b1 and b2 start as zeros."),
    N_("np.zeros(hidden_size) for b1 and np.zeros(output_size) for b2."),
)
INIT_SCALE = (
    N_("Your weights do not have the spread that weight_init_std asks for: the "
       "standard normal draws must be multiplied by weight_init_std."),
    N_("np.random.randn(...) has standard deviation 1, so weight_init_std * "
       "np.random.randn(input_size, hidden_size) has standard deviation "
       "weight_init_std."),
)
NET_GRADIENT_KEYS = (
    N_("Every parameter needs its gradient, the biases too: the dict has the keys "
       "W1, b1, W2 and b2."),
    N_("One numerical_gradient call per key of self.params."),
)
NET_GRADIENT_COPY = (
    N_("A gradient of zeros means that the loss never saw the parameter move: "
       "numerical_gradient must change the array in self.params itself, not a "
       "copy."),
    N_("Pass self.params[key] itself: a .copy() or np.array(...) of it is another "
       "array, which the loss never reads."),
)
SEED_IS_OPTIONAL = N_("Keep the name weight_init_std. seed is optional: the grader never passes "
                      "it, so a network written as the book writes it, without seed, is fine.")

TEXTS = {
    "ch04.losses": ExerciseText(
        title=N_("Loss functions"),
        statement=N_(
            "To learn, a network needs one number that says how wrong its output y is for the "
            "target t: the loss. Training then means making that number smaller.\n"
            "\n"
            "In ch04_learning/losses.py, write:\n"
            "- sum_squared_error(y, t) = 0.5 * sum((y - t)**2), added up over every element "
            "(the 0.5 makes its derivative simply y - t);\n"
            "- cross_entropy_error(y, t) = -sum(t * log(y + 1e-7)): for a one-hot t, minus the "
            "log of the probability the network gave to the right class. For a batch y of "
            "shape (N, C), return the mean over the N rows, so that the loss does not depend on "
            "the batch size. It must also accept a single sample (y of shape (C,)), and targets "
            "given as integer labels (shape (N,)) as well as one-hot rows. The small delta "
            "1e-7 keeps the loss finite when a probability is exactly 0, because log(0) is "
            "minus infinity.\n"
            "\n"
            "Known answers (the book's example, the right class is 2): "
            "y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0] gives a squared error of 0.0975 "
            "and a cross-entropy of about 0.5108. Neither function may change the arrays it is "
            "given."
        ),
        hints={
            "sse": (
                N_("The squared error compares y and t element by element: no loop is "
                   "needed, NumPy subtracts whole arrays."),
                N_("Square the differences, add up all of them (over every row too, for a "
                   "batch), then multiply by 0.5."),
                _SSE,
            ),
            "sse_sum": (
                N_("Your squared error is a mean: this loss adds up the squared errors of "
                   "every element, without dividing by how many there are."),
                N_("np.mean divides by the number of elements; np.sum does not."),
                _SSE,
            ),
            "half": (
                N_("The sum of squared errors of this chapter has a factor ½ (0.5) in front of "
                   "the sum, and yours has not."),
                N_("The ½ makes the derivative simply y - t."),
                _SSE,
            ),
            "one_sample": (
                N_("A single sample y of shape (C,) is a batch of one row. Treat it that way "
                   "before anything else."),
                N_("With a 1-D y, y.shape[0] is the number of classes, not the number of "
                   "samples: dividing by it gives a loss C times too small."),
                _CEE,
            ),
            "batch_mean": (
                N_("For a batch, the loss is the average of the losses of its rows."),
                N_("Add up -log(probability of the right class) over the N rows, then divide "
                   "by N = y.shape[0]."),
                _CEE,
            ),
            "labels": (
                N_("The targets may be integer labels, one class number per row, instead of "
                   "one-hot rows."),
                N_("When t holds labels, the loss of row i only needs y[i, t[i]], the "
                   "probability of the right class. A one-hot t can be turned into labels "
                   "with t.argmax(axis=1)."),
                _CEE,
            ),
            "log_zero": (
                N_("Your loss is not finite when a probability is exactly 0: log(0) is minus "
                   "infinity, and 0 * log(0) is NaN."),
                N_("Add a tiny number inside the log: np.log(y + 1e-7) instead of np.log(y)."),
                _CEE,
            ),
            "no_mutation": (
                N_("Your function changes the values of an array it was given: y += 1e-7 or "
                   "t[...] = ... writes into the caller's array, who may still need it."),
                N_("y + 1e-7 gives a new array and leaves y as it was; y += 1e-7 does not."),
                "\n\n\n".join((_SSE, _CEE)),
            ),
            "shape_in_place": (
                N_("Your function changes the shape of the caller's array: assigning y.shape "
                   "reshapes the array itself, not a copy."),
                N_("y = y.reshape(1, -1) gives a new view with the new shape, and leaves the "
                   "caller's y as it was."),
                _CEE,
            ),
            "interface": (
                N_("The grader calls sum_squared_error(y, t) and cross_entropy_error(y, t) with "
                   "two arguments each, as the statement writes them: another name or one more "
                   "required parameter makes the call fail before your code runs."),
                N_("Keep the names of the statement, each function with the two parameters y "
                   "and t."),
                """def sum_squared_error(y, t): ...
def cross_entropy_error(y, t): ...""",
            ),
        },
    ),
    "ch04.gradient": ExerciseText(
        title=N_("Numerical gradients and gradient descent"),
        statement=N_(
            "The derivative of f at x is the slope (f(x + h) - f(x)) / h for a tiny h. On a "
            "computer, the central difference (f(x + h) - f(x - h)) / (2h) with h = 1e-4 is "
            "far more accurate: a smaller h lets rounding errors win, and looking on one side "
            "only adds an error proportional to h.\n"
            "\n"
            "In ch04_learning/gradient.py, write:\n"
            "- numerical_diff(f, x): the central difference at the number x;\n"
            "- numerical_gradient(f, x): the gradient of a function f of an array x of any "
            "shape: one partial derivative per element, each by the central difference while "
            "the other elements stay put. Change x itself, element by element, and put each "
            "element back afterwards: f may read the array directly (a network's loss reads its "
            "weights), and the caller keeps using x. Return an array shaped like x;\n"
            "- gradient_descent(f, init_x, lr=0.01, step_num=100): starting from a copy of "
            "init_x, step_num times x = x - lr * gradient. Return the final x (the pair "
            "(x, x_history), as the book's repository returns it, is accepted too) and leave "
            "init_x unchanged: unlike the book's version, which moves init_x itself.\n"
            "\n"
            "Known answers: numerical_diff of 0.01x² + 0.1x at x = 5 is about 0.2 (at 10, "
            "0.3); the gradient of x0² + x1² at (3, 4) is about (6, 8); gradient descent on it "
            "from (-3, 4) with lr = 0.1 and 100 steps ends near (0, 0).\n"
            "\n"
            "Why walk against the gradient? Take a single linear unit u = W x + b with "
            "W = [[0, 0.3, -0.8], [1, -1.2, 0.5]], input x = [5, 2, 7] (a column), bias "
            "b = [1.2, 3.4] and target d = [1, 0]. Its squared error sum((u - d)²) is 113.29. "
            "The gradient of that error with respect to W is 2 (u - d) xᵀ; one step "
            "W = W - 0.01 × 2 (u - d) xᵀ brings the error down to about 35.53."
        ),
        hints={
            "central_difference": (
                N_("Look on both sides of x, not only to the right."),
                N_("The forward difference (f(x + h) - f(x)) / h is off by about h/2 times the "
                   "curvature; the central difference (f(x + h) - f(x - h)) / (2h) is off by "
                   "only about h²."),
                "\n\n\n".join((_DIFF, _GRADIENT)),
            ),
            "step_size": (
                N_("A smaller h is not always better on a computer: numbers only have about 16 "
                   "significant digits."),
                N_("With h = 1e-50, x + h rounds back to x and the slope comes out as 0; with "
                   "h = 1e-12, f(x + h) - f(x - h) is mostly rounding error."),
                N_("Use h = 1e-4, as in the book: small enough for a good slope, large enough "
                   "for the rounding to stay harmless."),
                _DIFF,
            ),
            "partial_derivatives": (
                N_("The gradient has one entry per element of x: the slope of f when only that "
                   "element moves."),
                N_("For each position idx: x[idx] = saved + h, f(x); x[idx] = saved - h, f(x); "
                   "then grad[idx] = (f_plus - f_minus) / (2h) and x[idx] = saved."),
                _GRADIENT,
            ),
            "any_shape": (
                N_("A weight matrix is 2-D: your loop must visit every element of an array of "
                   "any shape."),
                N_("for i in range(x.size) with x[i] picks whole rows of a 2-D array (or fails "
                   "beyond the first axis). You need one index per dimension."),
                N_("for idx in np.ndindex(x.shape) gives every position as a tuple, e.g. (1, 2); "
                   "x[idx] is then one element. np.nditer with multi_index works too."),
                _GRADIENT,
            ),
            "in_place": (
                N_("Your gradient comes out as zeros because f never sees x move: f reads the "
                   "array x itself, not its argument, so change x itself, not a copy."),
                N_("If you work on a copy of x (x.copy(), np.array(x), x.astype(float)), f does "
                   "not see your changes and every slope comes out 0."),
                _GRADIENT,
            ),
            "restore_x": (
                N_("After your function returns, x must be exactly as it was before."),
                N_("Each element is moved to saved + h, then to saved - h; the last move must "
                   "bring it back."),
                _GRADIENT,
            ),
            "descent": (
                N_("The gradient points uphill; gradient descent walks downhill, a little at a "
                   "time."),
                N_("Repeat step_num times: compute the gradient at the current x, then move x by "
                   "-lr times it. Use the lr and step_num you are given."),
                _DESCENT,
            ),
            "uphill": (
                N_("Your steps go uphill, away from the minimum: the gradient points uphill, so "
                   "subtract lr times it."),
                N_("x = x - lr * numerical_gradient(f, x), not x + lr * ..."),
                _DESCENT,
            ),
            "descent_arguments": (
                N_("Your descent does not use the lr or the step_num it is given: the grader "
                   "calls it with other values than the defaults."),
                N_("Loop for _ in range(step_num) and multiply the gradient by lr: the "
                   "arguments, not numbers of your own."),
                _DESCENT,
            ),
            "descent_copy": (
                N_("The caller's init_x must still hold the starting point after the call."),
                N_("x = init_x does not copy anything: x -= ... then changes init_x too."),
                N_("Start with x = np.array(init_x, dtype=float), a new array of floats, and "
                   "return it at the end."),
                _DESCENT,
            ),
            "interface": (
                N_("The grader calls numerical_diff(f, x), numerical_gradient(f, x) and "
                   "gradient_descent(f, init_x, lr=..., step_num=...), with the names of the "
                   "statement: another name or one more required parameter makes the call fail "
                   "before your code runs."),
                N_("Keep the names lr and step_num: the grader passes them by name. Returning "
                   "the pair (x, x_history), as the book's repository does, is fine too."),
                """def numerical_diff(f, x): ...
def numerical_gradient(f, x): ...
def gradient_descent(f, init_x, lr=0.01, step_num=100): ...""",
            ),
        },
    ),
    "ch04.two_layer_net": ExerciseText(
        title=N_("A two-layer network"),
        statement=N_(
            "Put the pieces together: a network with one hidden layer that turns an input into "
            "class probabilities, measures its loss, and computes the gradient of that loss "
            "with respect to each of its parameters.\n"
            "\n"
            "In ch04_learning/two_layer_net.py, write the class TwoLayerNet(input_size, "
            "hidden_size, output_size, weight_init_std=0.01, seed=None):\n"
            "- params: a dict with W1 (input_size, hidden_size), b1 (hidden_size,), W2 "
            "(hidden_size, output_size) and b2 (output_size,). The weights are drawn from a "
            "normal distribution of standard deviation weight_init_std (with "
            "np.random.default_rng(seed), or np.random.randn as the book does: seed, the kit's "
            "addition for reproducible pictures, is never passed by the grader); the biases "
            "start at 0;\n"
            "- predict(x): sigmoid(x @ W1 + b1), then softmax(z1 @ W2 + b2), for a batch "
            "(N, input_size) or a single sample;\n"
            "- loss(x, t): the cross-entropy of the prediction (t one-hot or labels);\n"
            "- accuracy(x, t): the fraction of rows whose most probable class is the right one "
            "(t one-hot, as in the book);\n"
            "- numerical_gradient(x, t): a dict with the same keys as params, each the gradient "
            "of the loss with respect to that parameter, by numerical_gradient from "
            "gradient.py.\n"
            "\n"
            "sigmoid, softmax, cross_entropy_error and numerical_gradient come from your earlier "
            "exercises (imported at the top of the file); while this exercise is graded, their "
            "reference versions are used, so a mistake there is not counted twice."
        ),
        hints={
            "param_shapes": (
                N_("Batches are rows: x has shape (N, input_size), and x @ W1 must work."),
                N_("W1 maps input_size numbers to hidden_size numbers, so its shape is "
                   "(input_size, hidden_size); b1 has one entry per hidden unit."),
                _NET_INIT,
            ),
            "w_transposed": (
                N_("Your W1 is transposed: batches are rows, so x @ W1 needs W1 of shape "
                   "(input_size, hidden_size)."),
                N_("Draw each weight matrix in the shape (units in, units out): "
                   "np.random.randn(input_size, hidden_size) for W1."),
                _NET_INIT,
            ),
            "init": (
                N_("Weights start small and random, with the spread weight_init_std; biases "
                   "start at zero."),
                N_("np.random.randn(...) has standard deviation 1: scale it by "
                   "weight_init_std. np.zeros(...) gives the biases."),
                _NET_INIT,
            ),
            "zero_biases": (*ZERO_BIASES, _NET_INIT),
            "init_scale": (*INIT_SCALE, _NET_INIT),
            "predict": (
                N_("Two layers: an affine step and a sigmoid, then an affine step and a "
                   "softmax."),
                N_("a1 = x @ W1 + b1; z1 = sigmoid(a1); a2 = z1 @ W2 + b2; y = softmax(a2). "
                   "Read W1, b1, W2, b2 from self.params."),
                _NET_PREDICT,
            ),
            "hidden_sigmoid": (
                N_("Your hidden layer passes its weighted sums on without the sigmoid: "
                   "z1 = sigmoid(x @ W1 + b1) comes before the second layer."),
                N_("Without an activation function between them, two affine layers are no more "
                   "than a single one."),
                _NET_PREDICT,
            ),
            "softmax_output": (
                N_("Your output layer applies the sigmoid: a classifier's output layer applies "
                   "softmax, so that each row holds probabilities adding up to 1."),
                N_("softmax comes from your exercise of chapter 3, imported at the top of the "
                   "file."),
                _NET_PREDICT,
            ),
            "loss": (
                N_("The loss compares the prediction with the targets."),
                N_("Use the cross-entropy of this chapter, on the probabilities that predict "
                   "returns."),
                _NET_LOSS,
            ),
            "cross_entropy": (
                N_("Your loss is the sum of squared errors: this network's loss is the "
                   "cross-entropy of its prediction."),
                N_("cross_entropy_error, from losses.py, takes the probabilities from predict "
                   "and the targets, one-hot or labels."),
                _NET_LOSS,
            ),
            "accuracy": (
                N_("Compare the predicted class of each row with the right class: a one-hot t "
                   "must first be turned into labels with np.argmax."),
                N_("y = np.argmax(self.predict(x), axis=1) and t = np.argmax(t, axis=1), then "
                   "count the rows where they agree."),
                _NET_ACCURACY,
            ),
            "net_gradient": (
                N_("The gradient of the loss with respect to W1 is numerical_gradient(f, W1) "
                   "for a function f that gives the loss."),
                N_("f can ignore its argument: numerical_gradient changes the array "
                   "self.params['W1'] itself, and self.loss reads it from there."),
                _NET_GRADIENT,
            ),
            "net_gradient_keys": (*NET_GRADIENT_KEYS, _NET_GRADIENT),
            "net_gradient_copy": (*NET_GRADIENT_COPY, _NET_GRADIENT),
            "interface": (
                N_("The grader makes your network as the statement writes it, "
                   "TwoLayerNet(input_size, hidden_size, output_size, weight_init_std=...), and "
                   "calls predict(x), loss(x, t), accuracy(x, t) and numerical_gradient(x, t): "
                   "another name or one more required parameter makes the call fail before "
                   "your code runs."),
                SEED_IS_OPTIONAL,
                """class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None): ...
    def predict(self, x): ...
    def loss(self, x, t): ...
    def accuracy(self, x, t): ...
    def numerical_gradient(self, x, t): ...""",
            ),
        },
    ),
    "ch04.training": ExerciseText(
        title=N_("Mini-batch training"),
        statement=N_(
            "Learning is a loop: draw a few random examples (a mini-batch), compute the "
            "gradient of the loss on them, take a small step against it, and repeat, keeping "
            "a record of how it goes.\n"
            "\n"
            "In ch04_learning/training.py, write train(network, x_train, t_train, *, iters, "
            "batch_size, learning_rate, seed=0, x_test=None, t_test=None, eval_every=None, "
            "grad=None). In each of the iters iterations:\n"
            "- draw batch_size random row numbers with rng = np.random.default_rng(seed), so "
            "that a seed replays the same run;\n"
            "- compute grads = grad(x_batch, t_batch); when grad is None, use "
            "network.gradient if the network has one (it is much faster), otherwise "
            "network.numerical_gradient;\n"
            "- update every parameter: network.params[key] -= learning_rate * grads[key];\n"
            "- append the loss on the batch, network.loss(x_batch, t_batch), to "
            "history['loss'];\n"
            "- at iteration 0 and then every eval_every iterations (by default once per epoch: "
            "N // batch_size iterations), append the accuracy on the whole training set to "
            "history['train_acc'] and, when x_test is given, the accuracy on the test set to "
            "history['test_acc'].\n"
            "Return history, a dict of three lists: loss, train_acc and test_acc.\n"
            "\n"
            "While this exercise is graded, the network is chapter 4's reference TwoLayerNet. "
            "grade plot ch04.training draws your loss curve and accuracies on a small problem: "
            "reading the 3-bit binary numbers 000 to 111."
        ),
        hints={
            "history": (
                N_("train returns a dict with three lists, 'loss', 'train_acc' and "
                   "'test_acc', and records the loss of the batch at every iteration: iters "
                   "losses in all."),
                N_("Create history = {'loss': [], 'train_acc': [], 'test_acc': []} before the "
                   "loop, and append network.loss(x_batch, t_batch) after each update, "
                   "whether or not the accuracies are measured then."),
                _TRAIN,
            ),
            "eval_every": (
                N_("Accuracies are measured now and then, not at every iteration: at "
                   "iteration 0, eval_every, 2*eval_every, ... and the test accuracy only when "
                   "a test set is given."),
                N_("if eval_every is None: eval_every = max(len(x_train) // batch_size, 1). In "
                   "the loop: if i % eval_every == 0: record the accuracies; without x_test, "
                   "history['test_acc'] stays empty."),
                _TRAIN,
            ),
            "sgd_update": (
                N_("One step: parameters move against the gradient, scaled by the learning "
                   "rate."),
                N_("Use the grad function you are given and the learning_rate argument, on a "
                   "batch of batch_size rows drawn at random in each iteration."),
                _TRAIN,
            ),
            "no_update": (
                N_("Your training never changes the network's parameters: p = p - ... in a "
                   "loop only gives the name p a new array, and network.params keeps the old "
                   "one."),
                N_("Change the arrays of the dict itself: network.params[key] -= "
                   "learning_rate * grads[key]."),
                _TRAIN,
            ),
            "sgd_sign": (
                N_("Your steps go uphill, in the direction of the gradient: subtract "
                   "learning_rate times the gradient."),
                N_("network.params[key] -= learning_rate * grads[key], not +=."),
                _TRAIN,
            ),
            "minibatch": (
                N_("Your iterations use the whole training set: each one should draw "
                   "batch_size rows at random, a mini-batch."),
                N_("batch = rng.choice(len(x_train), batch_size), then x_train[batch] and "
                   "t_train[batch]."),
                _TRAIN,
            ),
            "given_grad": (
                N_("Your train does not use the grad function it is given: when grad is given, "
                   "it is the gradient to follow."),
                N_("Only when grad is None does the network provide the gradient itself."),
                _TRAIN,
            ),
            "learning_rate_arg": (
                N_("Your parameters moved by the wrong amount: use the learning_rate and "
                   "batch_size arguments, not numbers of your own, and one step per "
                   "iteration."),
                N_("The grader trains with other values than the book's: a learning rate of 0.1 "
                   "written in the loop is not the learning_rate asked for."),
                _TRAIN,
            ),
            "default_grad": (
                N_("When grad is None, the network itself provides the gradient."),
                N_("Not every network has a fast gradient method: chapter 4's has only "
                   "numerical_gradient. Ask for gradient without assuming it exists."),
                _TRAIN,
            ),
            "prefer_gradient": (
                N_("Your train uses network.numerical_gradient although the network has a "
                   "gradient method: when grad is None, prefer network.gradient, much faster, "
                   "when it exists."),
                N_("getattr(network, 'gradient', None) is None only when the network has no "
                   "such method."),
                _TRAIN,
            ),
            "gradient_fallback": (
                N_("Chapter 4's network has no gradient method, only numerical_gradient: when "
                   "grad is None, use network.gradient only if it exists."),
                N_("getattr(network, 'gradient', None) or network.numerical_gradient picks "
                   "the fast one when there is one, and the numerical one otherwise."),
                _TRAIN,
            ),
            "loss_falls": (
                N_("The steps follow the gradient, yet the loss does not fall: the network "
                   "learns from mismatched examples when x and t are drawn apart. Take x_train "
                   "and t_train at the same rows."),
                N_("Draw one set of row numbers per batch, batch = rng.choice(len(x_train), "
                   "batch_size), and use it for both: x_train[batch] and t_train[batch]."),
                _TRAIN,
            ),
            "seed": (
                N_("The same seed must give the same run; another seed, other batches."),
                N_("np.random.choice and np.random.shuffle use NumPy's global generator, which "
                   "ignores your seed."),
                N_("rng = np.random.default_rng(seed) once, before the loop; then "
                   "batch = rng.choice(len(x_train), batch_size) in each iteration."),
                _TRAIN,
            ),
            "interface": (
                N_("The grader calls train(network, x_train, t_train, iters=..., "
                   "batch_size=..., learning_rate=..., seed=..., x_test=..., t_test=..., "
                   "eval_every=..., grad=...) with the names of the statement: another name "
                   "or one more required parameter makes the call fail before your code runs."),
                N_("Keep every name and default of the statement: the grader passes all but the "
                   "first three by name."),
                """def train(network, x_train, t_train, *, iters, batch_size, learning_rate, seed=0,
          x_test=None, t_test=None, eval_every=None, grad=None): ...""",
            ),
        },
    ),
}
