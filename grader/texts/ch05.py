"""Chapter 5 texts: backpropagation."""

from ..i18n import N_
from . import ExerciseText
from . import ch04 as chapter4

CHAPTER_TITLE = N_("Backpropagation")

# The last rung of each ladder: the code of the answer, the same in every language.
_MUL = """class MulLayer:
    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        return dout * self.y, dout * self.x"""
_ADD = """class AddLayer:
    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        return dout * 1, dout * 1"""
_RELU = """class Relu:
    def forward(self, x):
        self.mask = x <= 0
        return np.where(self.mask, 0, x)

    def backward(self, dout):
        return np.where(self.mask, 0, dout)"""
_SIGMOID = """class Sigmoid:
    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, dout):
        return dout * self.out * (1 - self.out)"""
_AFFINE = """class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def forward(self, x):
        self.x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return self.x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = dout.sum(axis=0)
        return (dout @ self.W.T).reshape(self.x_shape)"""
_SOFTMAX_WITH_LOSS = """class SoftmaxWithLoss:
    def forward(self, x, t):
        self.y, self.t = softmax(x), t
        return cross_entropy_error(self.y, t)

    def backward(self, dout=1):
        batch_size = self.y.shape[0]
        if self.t.size == self.y.size:  # one-hot targets
            dx = self.y - self.t
        else:  # labels: subtract 1 at the right class of each row
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
        return dx * (dout / batch_size)"""
_NET_INIT = """class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None):
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }
        self.layers = [Affine(self.params["W1"], self.params["b1"]), Relu(),
                       Affine(self.params["W2"], self.params["b2"])]
        self.last_layer = SoftmaxWithLoss()"""
_NET_PREDICT = """    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x"""
_NET_LOSS = """    def loss(self, x, t):
        return self.last_layer.forward(self.predict(x), t)"""
_NET_ACCURACY = """    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t)) / x.shape[0]"""
_NET_NUMERICAL = """    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t)
        return {key: numerical_gradient(loss_w, value) for key, value in self.params.items()}"""
_NET_GRADIENT = """    def gradient(self, x, t):
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        first, second = self.layers[0], self.layers[2]
        return {"W1": first.dW, "b1": first.db, "W2": second.dW, "b2": second.db}"""
_TRAIN_MNIST = """\
def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100, seed=0,
                data_dir=None):
    network = TwoLayerNet(784, hidden_size, 10, seed=seed)
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir)
    per_epoch = len(x_train) // batch_size
    history = train(network, x_train, t_train, iters=epochs * per_epoch, batch_size=batch_size,
                    learning_rate=learning_rate, seed=seed, x_test=x_test, t_test=t_test,
                    eval_every=per_epoch)
    return network, history"""

TEXTS = {
    "ch05.simple_layers": ExerciseText(
        title=N_("Multiplication and addition layers"),
        statement=N_(
            "Numerical gradients are simple but slow: two evaluations of the whole network per "
            "parameter. Backpropagation gets every gradient in one pass backwards through the "
            "computation, by the chain rule. Each step of the computation becomes a layer with "
            "two methods: forward computes the result and remembers what it will need; "
            "backward receives dout, the gradient of the final result with respect to this "
            "layer's output, and returns the gradients with respect to its inputs.\n"
            "\n"
            "In ch05_backprop/simple_layers.py, write two classes, each with forward(x, y) and "
            "backward(dout) returning the pair (dx, dy):\n"
            "- MulLayer: out = x * y. The derivative of out with respect to x is y, and with "
            "respect to y is x, so backward returns (dout * y, dout * x): forward must keep x "
            "and y;\n"
            "- AddLayer: out = x + y. Both derivatives are 1, so backward returns (dout, dout).\n"
            "\n"
            "Known answer (the book's shopping example): 2 apples at 100 each, then a tax of "
            "1.1, built from two MulLayer objects, cost 220. Backward from 1 gives 1.1 for the "
            "apples' price before tax and 200 for the tax; then, through the first layer, 2.2 "
            "for the price of one apple and 110 for the number of apples. With 3 oranges at 150 "
            "added by an AddLayer, the total is 715, and the gradients are 2.2 and 110 (apples), "
            "3.3 and 165 (oranges), 650 (tax)."
        ),
        hints={
            "mul_forward": (
                N_("MulLayer.forward has two jobs: return the product x * y, and remember x and "
                   "y for backward."),
                N_("Store the inputs on the layer object (self.x, self.y), not in local "
                   "variables: backward is a different call and needs them."),
                _MUL,
            ),
            "mul_backward": (
                N_("For out = x * y, ask: by how much does out change when x changes a little? "
                   "And when y changes?"),
                N_("d(out)/dx = y and d(out)/dy = x. The chain rule multiplies each of them by "
                   "dout, the gradient arriving from the layer above."),
                _MUL,
            ),
            "swapped": (
                N_("Each input's gradient uses the other input: dx goes with y, and dy with x."),
                N_("x = 2 apples, y = 100: one more apple adds 100 to the price, so "
                   "d(out)/dx is y."),
                _MUL,
            ),
            "chain_rule": (
                N_("backward must multiply each local derivative by dout, the gradient arriving "
                   "from the layer above."),
                N_("dout says how much the final result moves when this layer's output moves. "
                   "Without it, the layers below get the gradient of this layer alone, not of "
                   "the whole computation."),
                _MUL,
            ),
            "add_backward": (
                N_("Addition passes the gradient on unchanged to both inputs: it does not share "
                   "it out between them."),
                N_("out = x + y: moving x by a little moves out by the same amount, and the same "
                   "for y. Both local derivatives are 1."),
                _ADD,
            ),
            "apple_graph": (
                N_("Your layers work one at a time but not together: each layer object must "
                   "keep its own x and y, in self, not in variables that every layer shares."),
                N_("Use one MulLayer per multiplication, and call backward on them in the "
                   "reverse order of forward. The gradient a layer returns for an input is the "
                   "dout of the layer that produced that input."),
                "\n\n\n".join((_MUL, _ADD)),
            ),
            "interface": (
                N_("The grader makes MulLayer() and AddLayer() without arguments and calls "
                   "forward(x, y) and backward(dout), as the statement writes them: another name "
                   "or one more required parameter makes the call fail before your code runs."),
                N_("Keep the names of the statement; backward returns the pair (dx, dy)."),
                """class MulLayer:
    def forward(self, x, y): ...
    def backward(self, dout): ...


class AddLayer:
    def forward(self, x, y): ...
    def backward(self, dout): ...""",
            ),
        },
    ),
    "ch05.layers": ExerciseText(
        title=N_("Layers with a backward pass"),
        statement=N_(
            "The layers of a real network work the same way as the multiplication node, on "
            "whole batches. forward(x) computes the output and keeps what backward needs; "
            "backward(dout) receives the gradient of the loss with respect to the output and "
            "returns the gradient with respect to the input.\n"
            "\n"
            "In ch05_backprop/layers.py, write:\n"
            "- Relu: forward returns max(0, x) and keeps the mask x <= 0; backward returns dout "
            "with 0 wherever the mask is True (at exactly 0 too, as in the book);\n"
            "- Sigmoid: forward returns y = 1 / (1 + exp(-x)) and keeps y; backward returns "
            "dout * y * (1 - y);\n"
            "- Affine(W, b): forward(x) returns x @ W + b. An input of shape (N, d1, d2, ...) "
            "(images, say) is first flattened to (N, D) rows. backward(dout) keeps "
            "dW = xᵀ @ dout and db = the sum of dout over the batch (axis 0), and returns "
            "dx = dout @ Wᵀ in the shape the input had;\n"
            "- SoftmaxWithLoss: forward(x, t) keeps y = softmax(x) and returns the mean "
            "cross-entropy, with t one-hot or labels; backward(dout=1) returns "
            "dout * (y - t) / N, N being the batch size.\n"
            "\n"
            "Known answers: Relu on [-1, 0, 2] gives [0, 0, 2], and backward from [5, 5, 5] "
            "gives [0, 0, 5]. Sigmoid at 0 gives 0.5, and backward from 1 gives 0.25. Affine "
            "with W = [[1, 2], [3, 4]], b = [1, 1] on x = [[1, 1]] gives [[5, 7]]; backward from "
            "[[1, 0]] gives dx = [[1, 3]], dW = [[1, 0], [1, 0]], db = [1, 0]. "
            "SoftmaxWithLoss on scores [[0, 0]] with label [0] gives log 2 ≈ 0.6931, and "
            "backward gives [[-0.5, 0.5]].\n"
            "\n"
            "softmax and cross_entropy_error come from chapters 3 and 4; while this exercise "
            "is graded, their reference versions are used, so a mistake there is not counted "
            "twice. The grader checks each backward against central differences of forward."
        ),
        hints={
            "relu_forward": (
                N_("ReLU lets positive values through and turns the others into 0."),
                N_("Keep a boolean mask of where x <= 0 in self.mask: backward needs it. Return "
                   "a new array, leaving x as it is."),
                _RELU,
            ),
            "relu_np_max": (
                N_("Your Relu.forward returns the largest value along an axis: that is what "
                   "np.max does. ReLU compares every element with 0 and keeps the shape."),
                N_("np.maximum(0, x) or np.where(x <= 0, 0, x) works element by element."),
                _RELU,
            ),
            "relu_mask": (
                N_("The mask comes from forward's input x, not from dout: the gradient stops "
                   "wherever x was <= 0, whatever the sign of dout."),
                N_("Where ReLU's output was 0, a small change of x does not change the output: "
                   "no gradient flows back there. Elsewhere dout goes through unchanged, "
                   "negative or not."),
                _RELU,
            ),
            "relu_zero": (
                N_("Look at what happens where x is exactly 0."),
                N_("The mask x < 0 leaves the gradient on at x = 0; the book (and the grader) "
                   "use x <= 0, so that an input of exactly 0 passes no gradient."),
                _RELU,
            ),
            "sigmoid_forward": (
                N_("The sigmoid is the same as in chapter 3; the layer just keeps its output."),
                N_("Store the output in self.out: its derivative is written with the output, "
                   "not with x."),
                _SIGMOID,
            ),
            "sigmoid_sign": (
                N_("Your sigmoid falls where it should rise: check the sign inside the "
                   "exponential, exp(-x)."),
                N_("1 / (1 + np.exp(x)) is the sigmoid of -x: it is 1 for large negative x."),
                _SIGMOID,
            ),
            "sigmoid_backward": (
                N_("The derivative of the sigmoid can be written with its own output y."),
                N_("dy/dx = y (1 - y), with y the output that forward kept: both factors are "
                   "needed. Then the chain rule multiplies by dout."),
                _SIGMOID,
            ),
            "sigmoid_factor_y": (
                N_("dy/dx = y (1 - y) has two factors, and your backward leaves out y."),
                N_("Multiply dout by self.out and by (1 - self.out)."),
                _SIGMOID,
            ),
            "affine_forward": (
                N_("An affine layer is the matrix product you used in chapter 3, plus the bias."),
                N_("Keep W and b as given in __init__; forward multiplies the batch by W and "
                   "adds b to every row."),
                _AFFINE,
            ),
            "affine_backward": (
                N_("Each gradient has the shape of what it is the gradient of: dx like x, dW "
                   "like W, db like b."),
                N_("From out = x @ W + b: dx = dout @ W.T, dW = x.T @ dout. Check the shapes: "
                   "(N, M) @ (M, D) and (D, N) @ (N, M)."),
                _AFFINE,
            ),
            "db_sum": (
                N_("db is the sum of dout over the batch, axis 0: not its mean, nor dout "
                   "itself. b was added to every row of the batch."),
                N_("Each row's output depends on the same b, so the gradients of all the rows "
                   "add up, without averaging: the mean over the batch is already inside dout, "
                   "from SoftmaxWithLoss."),
                _AFFINE,
            ),
            "nd_input": (
                N_("An input of shape (N, d1, d2, ...) is flattened to rows in forward, and dx "
                   "goes back in that original shape."),
                N_("In forward, remember x.shape and flatten every sample into one row, "
                   "x.reshape(x.shape[0], -1). backward gives dx back in the remembered shape, "
                   "since the layer below expects it."),
                _AFFINE,
            ),
            "softmax_loss": (
                N_("SoftmaxWithLoss first applies the softmax to the scores, then takes the "
                   "cross-entropy of those probabilities."),
                N_("Keep the probabilities and the targets for backward: self.y = softmax(x), "
                   "self.t = t."),
                _SOFTMAX_WITH_LOSS,
            ),
            "softmax_loss_backward": (
                N_("Softmax followed by cross-entropy has a remarkably simple gradient."),
                N_("With respect to the scores, it is y - t for one sample; the loss is a mean "
                   "over the batch, so divide by the batch size. Multiply by dout too."),
                _SOFTMAX_WITH_LOSS,
            ),
            "divide_by_n": (
                N_("The loss is a mean over the batch, so its gradient is divided by the batch "
                   "size N."),
                N_("Each of the N rows counts for 1/N of the loss: (y - t) / N."),
                _SOFTMAX_WITH_LOSS,
            ),
            "labels": (
                N_("t may hold labels, one class number per row, instead of one-hot rows."),
                N_("y - t only makes sense with one-hot t. With labels, the gradient is y with 1 "
                   "subtracted at each row's right class."),
                _SOFTMAX_WITH_LOSS,
            ),
            "interface": (
                N_("The grader makes Relu(), Sigmoid(), Affine(W, b) and SoftmaxWithLoss() as "
                   "the statement writes them, and calls forward(x) (forward(x, t) for the "
                   "loss) and backward(dout): another name or one more required parameter "
                   "makes the call fail before your code runs."),
                N_("Keep the names of the statement; SoftmaxWithLoss.backward has the default "
                   "dout=1, since the grader calls it without an argument."),
                """class Relu:
    def forward(self, x): ...
    def backward(self, dout): ...


class Sigmoid:
    def forward(self, x): ...
    def backward(self, dout): ...


class Affine:
    def __init__(self, W, b): ...
    def forward(self, x): ...


class SoftmaxWithLoss:
    def forward(self, x, t): ...
    def backward(self, dout=1): ...""",
            ),
        },
    ),
    "ch05.two_layer_net": ExerciseText(
        title=N_("A two-layer network with backpropagation"),
        statement=N_(
            "The network of chapter 4 again, now built from your layers, so that its gradient "
            "comes from backpropagation instead of central differences: thousands of times "
            "faster on MNIST.\n"
            "\n"
            "In ch05_backprop/two_layer_net.py, write the class TwoLayerNet(input_size, "
            "hidden_size, output_size, weight_init_std=0.01, seed=None):\n"
            "- params: W1, b1, W2, b2 as in chapter 4 (weights drawn at random and scaled by "
            "weight_init_std, with np.random.default_rng(seed) or the book's np.random.randn: "
            "the grader never passes seed; biases 0);\n"
            "- the layers Affine(W1, b1) → Relu → Affine(W2, b2), built on the very arrays of "
            "params (no copies: training changes params in place, and the layers must see "
            "it), and a last layer SoftmaxWithLoss;\n"
            "- predict(x): x through the three layers in turn; it returns the scores, before "
            "the softmax (the highest score is the most probable class anyway);\n"
            "- loss(x, t): the last layer's forward on the scores (t one-hot or labels);\n"
            "- accuracy(x, t): the fraction of rows whose highest score is the right class;\n"
            "- numerical_gradient(x, t): as in chapter 4, with numerical_gradient;\n"
            "- gradient(x, t): the same dict by backpropagation: loss(x, t) first, so every "
            "layer remembers its inputs; then dout = last_layer.backward(1) and each layer's "
            "backward in reverse order; the Affine layers then hold dW and db.\n"
            "\n"
            "The grader compares gradient with central differences of the loss on small "
            "networks: every entry of every parameter must agree to 1e-6. The layers, softmax, "
            "cross_entropy_error and numerical_gradient come from your earlier exercises; while "
            "this one is graded, their reference versions are used."
        ),
        hints={
            "param_shapes": (
                N_("Each weight matrix connects one layer to the next: its shape is (units in, "
                   "units out)."),
                N_("W1 takes an input of input_size values to hidden_size hidden units; W2 "
                   "takes those to output_size outputs. Each bias has one value per unit it "
                   "feeds."),
                _NET_INIT,
            ),
            "init": (
                N_("Start as in chapter 4: the same four parameters, the same random start."),
                N_("Scale the standard normal draws by weight_init_std; the biases are "
                   "np.zeros of the right length."),
                _NET_INIT,
            ),
            "zero_biases": (*chapter4.ZERO_BIASES, _NET_INIT),
            "init_scale": (*chapter4.INIT_SCALE, _NET_INIT),
            "shared_params": (
                N_("Your layers keep copies of the parameters: a training step changes "
                   "net.params in place, and the layers must compute with those very arrays."),
                N_("Affine(self.params['W1'].copy(), ...) or np.array(...) gives the layer its "
                   "own copy, which keeps the old weights. Hand the layer the very array in "
                   "params."),
                _NET_INIT,
            ),
            "predict": (
                N_("predict is the layers' forward methods, one after the other."),
                N_("Feed the output of each layer to the next: Affine, Relu, Affine. Stop "
                   "there: the softmax belongs to the last layer, used in loss."),
                _NET_PREDICT,
            ),
            "scores": (
                N_("In this chapter predict returns the scores, before the softmax: the "
                   "softmax belongs to SoftmaxWithLoss, which loss uses."),
                N_("The highest score is the most probable class anyway, so accuracy needs no "
                   "softmax either."),
                _NET_PREDICT,
            ),
            "hidden_relu": (
                N_("Your hidden layer applies the sigmoid of chapter 4: this network's hidden "
                   "layer is Relu."),
                N_("The layers are Affine, Relu, Affine, in that order."),
                _NET_INIT,
            ),
            "loss": (
                N_("loss hands the scores from predict to SoftmaxWithLoss, which applies the "
                   "softmax before the cross-entropy."),
                N_("Give the scores and the targets to the last layer's forward: it does both "
                   "steps."),
                _NET_LOSS,
            ),
            "accuracy": (
                N_("Compare the class with the highest score with the right class: a one-hot t "
                   "must first be turned into labels with np.argmax."),
                N_("y = np.argmax(self.predict(x), axis=1); turn a one-hot t into labels the "
                   "same way, and count the rows where both agree."),
                _NET_ACCURACY,
            ),
            "net_gradient": (
                N_("This is chapter 4's numerical gradient, unchanged: it checks the fast one."),
                N_("Give numerical_gradient a function of the weights that returns the loss; "
                   "it can ignore its argument, since numerical_gradient changes "
                   "self.params[key] itself."),
                _NET_NUMERICAL,
            ),
            "net_gradient_keys": (*chapter4.NET_GRADIENT_KEYS, _NET_NUMERICAL),
            "net_gradient_copy": (*chapter4.NET_GRADIENT_COPY, _NET_NUMERICAL),
            "backprop": (
                N_("Backpropagation is a forward pass on this very batch, loss(x, t), then "
                   "backward through the same layers in reverse order."),
                N_("Call self.loss(x, t) first (the layers remember this batch), then start "
                   "from dout = self.last_layer.backward(1) and hand each layer's result to the "
                   "layer before it."),
                _NET_GRADIENT,
            ),
            "layer_grads": (
                N_("Read each parameter's gradient from its own layer: W1 and b1 from the first "
                   "Affine layer, W2 and b2 from the second."),
                N_("After backward, each Affine layer holds dW and db for the W and b it was "
                   "made with."),
                _NET_GRADIENT,
            ),
            "interface": (
                N_("The grader makes your network as the statement writes it, "
                   "TwoLayerNet(input_size, hidden_size, output_size, weight_init_std=...), and "
                   "calls predict(x), loss(x, t), accuracy(x, t), numerical_gradient(x, t) and "
                   "gradient(x, t): another name or one more required parameter makes the call "
                   "fail before your code runs."),
                chapter4.SEED_IS_OPTIONAL,
                """class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01, seed=None): ...
    def predict(self, x): ...
    def loss(self, x, t): ...
    def accuracy(self, x, t): ...
    def numerical_gradient(self, x, t): ...
    def gradient(self, x, t): ...""",
            ),
        },
    ),
    "ch05.train_mnist": ExerciseText(
        title=N_("Training on MNIST"),
        statement=N_(
            "Time for real data. MNIST holds 70,000 photographs of handwritten digits, 28×28 "
            "grey pixels each: 60,000 to learn from and 10,000 kept apart to test on. Run "
            "`grade data` once to download it (about 11 MB).\n"
            "\n"
            "In ch05_backprop/train_mnist.py, write train_mnist(*, epochs, batch_size, "
            "learning_rate, hidden_size, seed, data_dir), which:\n"
            "- loads the data with load_mnist(data_dir) from grader.datasets: x as rows of 784 "
            "pixels scaled to [0, 1], t as labels from 0 to 9;\n"
            "- builds your TwoLayerNet of this chapter with 784 inputs, hidden_size hidden units "
            "and 10 outputs, seeded with seed;\n"
            "- trains it with train from chapter 4: one epoch is a pass over the training set, "
            "60,000 / batch_size iterations; run epochs of them, with the test set and one "
            "evaluation per epoch (eval_every);\n"
            "- returns (network, history).\n"
            "\n"
            "With its defaults (20 epochs, learning rate 0.1, 100 hidden units), the reference's "
            "accuracy on the test images is about 97.5 %, after well under a minute on a "
            "laptop.\n"
            "\n"
            "The grader runs your function once with its own settings: 3 epochs, "
            "learning_rate=0.5, a hidden size and a batch size of its choosing. It then measures "
            "the accuracy on the 10,000 test images itself, with the weights you return: it "
            "must be at least 95 % (the reference reaches about 96.5 %). It also reads "
            "the history: one loss per iteration, falling; one training and one test accuracy "
            "per epoch; the last test accuracy close to what it measures.\n"
            "\n"
            "`grade plot ch05.train_mnist` draws your learning curves, a confusion matrix and the "
            "test digits your network gets wrong."
        ),
        hints={
            "return_value": (
                N_("train_mnist returns two things: the trained network object itself (not its "
                   "params), and the dict that train gave back."),
                N_("The first value must be the TwoLayerNet object (the grader reads its "
                   "params), built with hidden_size hidden units, so that W1 has the shape "
                   "(784, hidden_size)."),
                _TRAIN_MNIST,
            ),
            "training_loop": (
                N_("Check that train gets the whole training set and every argument of "
                   "train_mnist: the number of iterations, the batch size, the learning rate "
                   "and the seed."),
                N_("iters = epochs * (len(x_train) // batch_size); pass batch_size=batch_size "
                   "and learning_rate=learning_rate to train, rather than numbers of your own."),
                _TRAIN_MNIST,
            ),
            "history": (
                N_("The history comes from train: one loss per iteration, and one training and "
                   "one test accuracy each time it evaluates the network."),
                N_("Run exactly epochs × (len(x_train) // batch_size) iterations, and let train "
                   "evaluate once per epoch: eval_every = len(x_train) // batch_size, with "
                   "x_test and t_test given."),
                _TRAIN_MNIST,
            ),
            "test_set": (
                N_("Your history has no test accuracy: give train the test set, x_test and "
                   "t_test, so that it measures the network on it once per epoch."),
                N_("load_mnist(data_dir) returns the test set as its second pair: (x_train, "
                   "t_train), (x_test, t_test)."),
                _TRAIN_MNIST,
            ),
            "loss_falls": (
                N_("When the loss does not fall, the network is not learning from the right "
                   "examples."),
                N_("Each image must keep its own label: never shuffle or slice x_train and "
                   "t_train separately. And use pixels scaled to [0, 1], as load_mnist gives "
                   "them by default."),
                _TRAIN_MNIST,
            ),
            "labels_apart": (
                N_("Your loss stays near 2.3, the loss of a blind guess among 10 digits: the "
                   "images do not keep their own labels. Never shuffle or slice x_train and "
                   "t_train separately."),
                N_("train draws the mini-batches itself, each image with its label: pass "
                   "x_train and t_train to it untouched."),
                _TRAIN_MNIST,
            ),
            "diverges": (
                N_("Your loss explodes: the steps are far too large for the pixels your network "
                   "sees. Pixels scaled to [0, 1], as load_mnist gives them by default, keep "
                   "the gradients in range; raw values up to 255 do not."),
                N_("load_mnist(data_dir) with its defaults (normalize=True) gives pixels "
                   "between 0 and 1."),
                _TRAIN_MNIST,
            ),
            "honest_history": (
                N_("The accuracies in the history must describe the network you return."),
                N_("Return the very network that train trained: do not build a second "
                   "TwoLayerNet after training. Give train the test set: x_test=x_test, "
                   "t_test=t_test."),
                _TRAIN_MNIST,
            ),
            "get_mnist": (
                N_("The grader needs the MNIST files to judge your training: run `grade data` "
                   "once, then grade again."),
                N_("Without internet access, copy the four files train-images-idx3-ubyte.gz, "
                   "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and "
                   "t10k-labels-idx1-ubyte.gz into a folder, and set the environment variable "
                   "NNKATA_MNIST_DIR to that folder."),
                N_("`grade data --data-dir PATH` downloads and checks the files in PATH; then "
                   "run export NNKATA_MNIST_DIR=PATH (set NNKATA_MNIST_DIR=PATH on Windows) "
                   "before `grade ch05.train_mnist`."),
            ),
            "interface": (
                N_("The grader calls train_mnist(epochs=..., batch_size=..., learning_rate=..., "
                   "hidden_size=..., seed=..., data_dir=...) with these names, as the statement "
                   "writes them: another name or one more required parameter makes the call "
                   "fail before your code runs."),
                N_("Keep every name and default of the statement, data_dir included: the "
                   "grader tells your function where the MNIST files are."),
                """def train_mnist(*, epochs=20, batch_size=100, learning_rate=0.1, hidden_size=100,
                seed=0, data_dir=None): ...""",
            ),
        },
    ),
}
