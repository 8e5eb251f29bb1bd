"""Chapter 4 texts: learning from data."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Learning from data")

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
                N_("return 0.5 * np.sum((y - t) ** 2)"),
            ),
            "half": (
                N_("Compare your result with the expected one: is it exactly twice as big?"),
                N_("The sum of squared errors of this chapter carries a factor ½ in front of "
                   "the sum."),
                N_("Multiply the sum by 0.5: return 0.5 * np.sum((y - t) ** 2)"),
            ),
            "one_sample": (
                N_("A single sample y of shape (C,) is a batch of one row. Treat it that way "
                   "before anything else."),
                N_("With a 1-D y, y.shape[0] is the number of classes, not the number of "
                   "samples: dividing by it gives a loss C times too small."),
                N_("At the start: if y.ndim == 1: y = y.reshape(1, -1); t = t.reshape(1, -1). "
                   "From there on, N = y.shape[0] is the batch size."),
            ),
            "batch_mean": (
                N_("For a batch, the loss is the average of the losses of its rows."),
                N_("Add up -log(probability of the right class) over the N rows, then divide "
                   "by N = y.shape[0]."),
                N_("return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]  (after turning a 1-D y "
                   "into one row)"),
            ),
            "labels": (
                N_("The targets may be integer labels, one class number per row, instead of "
                   "one-hot rows."),
                N_("When t holds labels, the loss of row i only needs y[i, t[i]], the "
                   "probability of the right class. A one-hot t can be turned into labels "
                   "with t.argmax(axis=1)."),
                N_("if t.size == y.size: t = t.argmax(axis=1); then "
                   "return -np.sum(np.log(y[np.arange(N), t] + 1e-7)) / N"),
            ),
            "log_zero": (
                N_("What is log(0)? Try np.log(0.0) in Python."),
                N_("log(0) is -inf, and 0 * log(0) is NaN: one probability of exactly 0 spoils "
                   "the whole loss. Add a tiny number inside the log."),
                N_("Write np.log(y + 1e-7) instead of np.log(y)."),
            ),
            "no_mutation": (
                N_("The caller may still need y and t after your function returns: they must "
                   "come back unchanged."),
                N_("y += 1e-7, y.shape = (1, -1) and t[...] = ... all change the caller's "
                   "array. y + 1e-7 and y.reshape(1, -1) give new arrays (or views) instead."),
                N_("Write y = y.reshape(1, -1) rather than y.shape = ..., and "
                   "np.log(y + 1e-7) rather than y += 1e-7."),
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
            "init_x, step_num times x = x - lr * gradient. Return the final x and leave init_x "
            "unchanged.\n"
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
                N_("h = 1e-4; return (f(x + h) - f(x - h)) / (2 * h)"),
            ),
            "step_size": (
                N_("A smaller h is not always better on a computer: numbers only have about 16 "
                   "significant digits."),
                N_("With h = 1e-50, x + h rounds back to x and the slope comes out as 0; with "
                   "h = 1e-12, f(x + h) - f(x - h) is mostly rounding error."),
                N_("Use h = 1e-4, as in the book: small enough for a good slope, large enough "
                   "for the rounding to stay harmless."),
            ),
            "partial_derivatives": (
                N_("The gradient has one entry per element of x: the slope of f when only that "
                   "element moves."),
                N_("For each position idx: x[idx] = saved + h, f(x); x[idx] = saved - h, f(x); "
                   "then grad[idx] = (f_plus - f_minus) / (2h) and x[idx] = saved."),
                N_("grad = np.zeros_like(x); for idx in np.ndindex(x.shape): ... as above ...; "
                   "return grad. For f(x) = x0² + x1² at (3, 4) you should get (6, 8)."),
            ),
            "any_shape": (
                N_("A weight matrix is 2-D: your loop must visit every element of an array of "
                   "any shape."),
                N_("for i in range(x.size) with x[i] picks whole rows of a 2-D array (or fails "
                   "beyond the first axis). You need one index per dimension."),
                N_("for idx in np.ndindex(x.shape) gives every position as a tuple, e.g. (1, 2); "
                   "x[idx] is then one element. np.nditer with multi_index works too."),
            ),
            "in_place": (
                N_("The function f you receive may ignore its argument and read the array x "
                   "directly, like a network's loss reads its weights."),
                N_("If you work on a copy of x (x.copy(), np.array(x), x.astype(float)), f does "
                   "not see your changes and every slope comes out 0."),
                N_("Change x itself: saved = x[idx]; x[idx] = saved + h; ... ; x[idx] = saved."),
            ),
            "restore_x": (
                N_("After your function returns, x must be exactly as it was before."),
                N_("Each element is moved to saved + h, then to saved - h; the last move must "
                   "bring it back."),
                N_("Right after computing f on both sides of an element, write "
                   "x[idx] = saved (the value you kept before moving it)."),
            ),
            "descent": (
                N_("The gradient points uphill; gradient descent walks downhill, a little at a "
                   "time."),
                N_("Repeat step_num times: compute the gradient at the current x, then move x by "
                   "-lr times it. Use the lr and step_num you are given."),
                N_("for _ in range(step_num): x = x - lr * numerical_gradient(f, x); return x"),
            ),
            "descent_copy": (
                N_("The caller's init_x must still hold the starting point after the call."),
                N_("x = init_x does not copy anything: x -= ... then changes init_x too."),
                N_("Start with x = np.array(init_x, dtype=float), a new array of floats, and "
                   "return it at the end."),
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
            "normal distribution of standard deviation weight_init_std with "
            "np.random.default_rng(seed); the biases start at 0;\n"
            "- predict(x): sigmoid(x @ W1 + b1), then softmax(z1 @ W2 + b2), for a batch "
            "(N, input_size) or a single sample;\n"
            "- loss(x, t): the cross-entropy of the prediction (t one-hot or labels);\n"
            "- accuracy(x, t): the fraction of rows whose most probable class is the right one;\n"
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
                N_("self.params = {'W1': ... (input_size, hidden_size), 'b1': np.zeros("
                   "hidden_size), 'W2': ... (hidden_size, output_size), 'b2': "
                   "np.zeros(output_size)}"),
            ),
            "init": (
                N_("Weights start small and random, biases start at zero, and the same seed "
                   "always gives the same weights."),
                N_("rng = np.random.default_rng(seed); rng.standard_normal(shape) has standard "
                   "deviation 1: scale it by weight_init_std."),
                N_("'W1': weight_init_std * rng.standard_normal((input_size, hidden_size)), "
                   "'b1': np.zeros(hidden_size), and the same for W2 and b2."),
            ),
            "predict": (
                N_("Two layers: an affine step and a sigmoid, then an affine step and a "
                   "softmax."),
                N_("a1 = x @ W1 + b1; z1 = sigmoid(a1); a2 = z1 @ W2 + b2; y = softmax(a2). "
                   "Read W1, b1, W2, b2 from self.params."),
                N_("The output layer uses softmax, not sigmoid, so that each row adds up to 1."),
            ),
            "loss": (
                N_("The loss compares the prediction with the targets."),
                N_("Use the cross-entropy of this chapter, on the probabilities that predict "
                   "returns."),
                N_("return cross_entropy_error(self.predict(x), t)"),
            ),
            "accuracy": (
                N_("The network's answer for a row is the class with the highest probability."),
                N_("y = np.argmax(self.predict(x), axis=1). A one-hot t must be turned into "
                   "labels the same way; labels (1-D t) are used as they are."),
                N_("if t.ndim != 1: t = np.argmax(t, axis=1); return np.sum(y == t) / "
                   "x.shape[0]"),
            ),
            "net_gradient": (
                N_("The gradient of the loss with respect to W1 is numerical_gradient(f, W1) "
                   "for a function f that gives the loss."),
                N_("f can ignore its argument: numerical_gradient changes the array "
                   "self.params['W1'] itself, and self.loss reads it from there."),
                N_("loss_w = lambda w: self.loss(x, t); return {key: numerical_gradient("
                   "loss_w, self.params[key]) for key in ('W1', 'b1', 'W2', 'b2')}"),
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
                N_("train returns a dict with three lists: 'loss', 'train_acc' and "
                   "'test_acc'."),
                N_("Create history = {'loss': [], 'train_acc': [], 'test_acc': []} before the "
                   "loop and append to it inside."),
                N_("After each update: history['loss'].append(float(network.loss(x_batch, "
                   "t_batch))). The loop runs iters times, so there are iters losses."),
            ),
            "eval_every": (
                N_("Accuracies are measured now and then, not at every iteration: at "
                   "iteration 0, eval_every, 2*eval_every, ..."),
                N_("if eval_every is None: eval_every = max(len(x_train) // batch_size, 1). In "
                   "the loop: if i % eval_every == 0: record the accuracies."),
                N_("Record the test accuracy only when x_test is not None: without a test set, "
                   "history['test_acc'] stays empty."),
            ),
            "sgd_update": (
                N_("One step: parameters move against the gradient, scaled by the learning "
                   "rate."),
                N_("Use the grad function you are given and the learning_rate argument, on a "
                   "batch of batch_size rows drawn at random in each iteration."),
                N_("grads = grad(x_batch, t_batch); for key in network.params: "
                   "network.params[key] -= learning_rate * grads[key]"),
            ),
            "default_grad": (
                N_("When grad is None, the network itself provides the gradient."),
                N_("Not every network has a fast gradient method: chapter 4's has only "
                   "numerical_gradient. Ask for gradient without assuming it exists."),
                N_("if grad is None: grad = getattr(network, 'gradient', None) or "
                   "network.numerical_gradient"),
            ),
            "loss_falls": (
                N_("If the loss does not fall, the steps do not go downhill, or do not change "
                   "the network at all."),
                N_("Check the sign (subtract the gradient), that you change the arrays in "
                   "network.params, and that each batch pairs x_train[batch] with "
                   "t_train[batch] (the same rows)."),
                N_("batch = rng.choice(len(x_train), batch_size); x_batch = x_train[batch]; "
                   "t_batch = t_train[batch]; grads = grad(x_batch, t_batch); then update."),
            ),
            "seed": (
                N_("The same seed must give the same run; another seed, other batches."),
                N_("np.random.choice and np.random.shuffle use NumPy's global generator, which "
                   "ignores your seed."),
                N_("rng = np.random.default_rng(seed) once, before the loop; then "
                   "batch = rng.choice(len(x_train), batch_size) in each iteration."),
            ),
        },
    ),
}
