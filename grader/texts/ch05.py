"""Chapter 5 texts: backpropagation."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Backpropagation")

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
                N_("forward has two jobs: compute the product, and remember its inputs for "
                   "later."),
                N_("Store the inputs on the layer object (self.x, self.y), not in local "
                   "variables: backward is a different call and needs them."),
                N_("self.x = x; self.y = y; return x * y"),
            ),
            "mul_backward": (
                N_("For out = x * y, ask: by how much does out change when x changes a little? "
                   "And when y changes?"),
                N_("d(out)/dx = y and d(out)/dy = x. The chain rule multiplies each of them by "
                   "dout, the gradient arriving from the layer above."),
                N_("return dout * self.y, dout * self.x"),
            ),
            "swapped": (
                N_("Look at which input each gradient uses."),
                N_("The gradient with respect to x is the other input, y (times dout), and the "
                   "other way round: x = 2 apples, y = 100: one more apple adds 100 to the "
                   "price."),
                N_("dx = dout * self.y; dy = dout * self.x; return dx, dy"),
            ),
            "chain_rule": (
                N_("backward is given dout for a reason."),
                N_("dout says how much the final result moves when this layer's output moves. "
                   "The local derivative must be multiplied by it, or the layers below get the "
                   "gradient of this layer alone, not of the whole computation."),
                N_("Multiply both local derivatives by dout: return dout * self.y, dout * "
                   "self.x"),
            ),
            "add_backward": (
                N_("Addition is the easiest node: what does it do to a gradient?"),
                N_("out = x + y: moving x by a little moves out by the same amount, and the same "
                   "for y. Both local derivatives are 1."),
                N_("forward: return x + y; backward: return dout * 1, dout * 1 (no need to "
                   "remember x and y)"),
            ),
            "apple_graph": (
                N_("Draw the graph: apples × count → price before tax, × tax → price. Then walk "
                   "it backwards from 1."),
                N_("Each layer object remembers its own inputs: use one MulLayer per "
                   "multiplication, and call backward on them in the reverse order of forward. "
                   "The gradient a layer returns for an input is the dout of the layer that "
                   "produced that input."),
                N_("dprice = 1; dapple_price, dtax = mul_tax_layer.backward(dprice) gives 1.1 "
                   "and 200; dapple, dapple_num = mul_apple_layer.backward(dapple_price) gives "
                   "2.2 and 110. If these differ, check MulLayer.backward and that each layer "
                   "keeps its inputs in self."),
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
                N_("self.mask = (x <= 0); out = x.copy(); out[self.mask] = 0; return out"),
            ),
            "relu_mask": (
                N_("Where ReLU's output was 0, a small change of x does not change the output: "
                   "no gradient flows back there."),
                N_("The mask comes from forward's input x, not from dout: dout can be negative "
                   "where the unit was on."),
                N_("dx = dout.copy(); dx[self.mask] = 0; return dx"),
            ),
            "relu_zero": (
                N_("Look at what happens where x is exactly 0."),
                N_("The mask x < 0 leaves the gradient on at x = 0; the book (and the grader) "
                   "use x <= 0, so that an input of exactly 0 passes no gradient."),
                N_("In forward: self.mask = (x <= 0)"),
            ),
            "sigmoid_forward": (
                N_("The sigmoid is the same as in chapter 3; the layer just keeps its output."),
                N_("Store the output in self.out: its derivative is written with the output, "
                   "not with x."),
                N_("self.out = 1 / (1 + np.exp(-x)); return self.out"),
            ),
            "sigmoid_backward": (
                N_("The derivative of the sigmoid can be written with its own output y."),
                N_("dy/dx = y (1 - y): both factors are needed. Then the chain rule multiplies "
                   "by dout."),
                N_("return dout * self.out * (1 - self.out)"),
            ),
            "affine_forward": (
                N_("An affine layer is the matrix product you used in chapter 3, plus the bias."),
                N_("Keep W and b as given in __init__; forward multiplies the batch by W and "
                   "adds b to every row."),
                N_("self.x = x.reshape(x.shape[0], -1); return self.x @ self.W + self.b"),
            ),
            "affine_backward": (
                N_("Each gradient has the shape of what it is the gradient of: dx like x, dW "
                   "like W, db like b."),
                N_("From out = x @ W + b: dx = dout @ W.T, dW = x.T @ dout. Check the shapes: "
                   "(N, M) @ (M, D) and (D, N) @ (N, M)."),
                N_("self.dW = self.x.T @ dout; self.db = np.sum(dout, axis=0); return "
                   "(dout @ self.W.T).reshape(self.x_shape)"),
            ),
            "db_sum": (
                N_("b has one value per output, but it was added to every row of the batch."),
                N_("Each row's output depends on the same b, so the gradients of all the rows "
                   "add up: sum over the batch axis, without averaging (the mean over the "
                   "batch is already inside dout, from SoftmaxWithLoss)."),
                N_("self.db = np.sum(dout, axis=0)  (shape (M,), like b)"),
            ),
            "nd_input": (
                N_("The input can be a batch of images, of shape (N, 1, 28, 28) for example: "
                   "more than two axes."),
                N_("In forward, flatten every sample into one row, x.reshape(x.shape[0], -1), "
                   "and remember the original shape. backward must give dx back in that "
                   "shape, since the layer below expects it."),
                N_("forward: self.x_shape = x.shape; self.x = x.reshape(x.shape[0], -1). "
                   "backward: return (dout @ self.W.T).reshape(self.x_shape)"),
            ),
            "softmax_loss": (
                N_("This layer is two functions you already have, one after the other."),
                N_("Apply softmax to the scores, keep the probabilities and the targets for "
                   "backward, then compute the cross-entropy."),
                N_("self.t = t; self.y = softmax(x); return cross_entropy_error(self.y, t)"),
            ),
            "softmax_loss_backward": (
                N_("Softmax followed by cross-entropy has a remarkably simple gradient."),
                N_("With respect to the scores, it is y - t for one sample; the loss is a mean "
                   "over the batch, so divide by the batch size. Multiply by dout too."),
                N_("N = self.y.shape[0]; return dout * (self.y - self.t) / N  (for one-hot t)"),
            ),
            "divide_by_n": (
                N_("Compare the size of your gradient with the expected one: by what factor "
                   "does it differ?"),
                N_("forward returns the mean of the N rows' losses, so each row only counts "
                   "for 1/N of it: its gradient is divided by N."),
                N_("return dout * (self.y - self.t) / self.y.shape[0]"),
            ),
            "labels": (
                N_("t may hold labels, one class number per row, instead of one-hot rows."),
                N_("y - t only makes sense with one-hot t. With labels, the gradient is y with 1 "
                   "subtracted at each row's right class."),
                N_("if t.size == y.size: dx = y - t; else: dx = y.copy(); "
                   "dx[np.arange(N), t] -= 1. Then return dout * dx / N."),
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
            "- params: W1, b1, W2, b2 as in chapter 4 (weights from "
            "np.random.default_rng(seed), scaled by weight_init_std; biases 0);\n"
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
                N_("W1: (input_size, hidden_size), b1: (hidden_size,), W2: (hidden_size, "
                   "output_size), b2: (output_size,), all in the dict self.params."),
            ),
            "init": (
                N_("Start as in chapter 4: the same four parameters, the same random start."),
                N_("Draw the weights with rng = np.random.default_rng(seed) and scale them by "
                   "weight_init_std; the biases are np.zeros of the right length."),
                N_("self.params = {'W1': weight_init_std * rng.standard_normal((input_size, "
                   "hidden_size)), 'b1': np.zeros(hidden_size), 'W2': ..., 'b2': ...}"),
            ),
            "shared_params": (
                N_("A training step changes net.params in place. Do your layers notice?"),
                N_("Affine(self.params['W1'].copy(), ...) or np.array(...) gives the layer its "
                   "own copy: it keeps computing with the old weights. Hand the layer the very "
                   "array in params."),
                N_("self.layers = [Affine(self.params['W1'], self.params['b1']), Relu(), "
                   "Affine(self.params['W2'], self.params['b2'])]"),
            ),
            "predict": (
                N_("predict is the layers' forward methods, one after the other."),
                N_("Feed the output of each layer to the next: Affine, Relu, Affine. Stop "
                   "there: the softmax belongs to the last layer, used in loss."),
                N_("for layer in self.layers: x = layer.forward(x); return x"),
            ),
            "loss": (
                N_("The loss is the last layer's job."),
                N_("Give the scores from predict and the targets to the SoftmaxWithLoss "
                   "layer's forward: it applies the softmax and the cross-entropy."),
                N_("return self.last_layer.forward(self.predict(x), t)"),
            ),
            "accuracy": (
                N_("The network's answer for a row is the class with the highest score."),
                N_("y = np.argmax(self.predict(x), axis=1); turn a one-hot t into labels the "
                   "same way, and count the rows where both agree."),
                N_("if t.ndim != 1: t = np.argmax(t, axis=1); return np.sum(y == t) / "
                   "x.shape[0]"),
            ),
            "net_gradient": (
                N_("This is chapter 4's numerical gradient, unchanged: it checks the fast one."),
                N_("Give numerical_gradient a function of the weights that returns the loss; "
                   "it can ignore its argument, since numerical_gradient changes "
                   "self.params[key] itself."),
                N_("loss_w = lambda w: self.loss(x, t); return {key: numerical_gradient("
                   "loss_w, self.params[key]) for key in self.params}"),
            ),
            "backprop": (
                N_("Backpropagation is forward once, then backward through the same layers in "
                   "reverse order."),
                N_("Call self.loss(x, t) first (the layers remember this batch), then start "
                   "from dout = self.last_layer.backward(1) and hand each layer's result to the "
                   "layer before it. Read dW and db from the two Affine layers: the first holds "
                   "W1's, the second W2's."),
                N_("self.loss(x, t); dout = self.last_layer.backward(1); for layer in "
                   "reversed(self.layers): dout = layer.backward(dout); return {'W1': "
                   "self.layers[0].dW, 'b1': self.layers[0].db, 'W2': self.layers[2].dW, "
                   "'b2': self.layers[2].db}"),
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
            "With its defaults (20 epochs, learning rate 0.1, 100 hidden units), the reference "
            "recognises about 97.5 % of the test images, in well under a minute on a laptop.\n"
            "\n"
            "The grader runs your function once with its own settings: 3 epochs, "
            "learning_rate=0.5, a hidden size and a batch size of its choosing. It then measures "
            "the test accuracy itself, with the weights you return: at least 95 % of the 10,000 "
            "test images must be recognised (the reference reaches about 96.5 %). It also reads "
            "the history: one loss per iteration, falling; one training and one test accuracy "
            "per epoch; the last test accuracy close to what it measures.\n"
            "\n"
            "`grade plot ch05.train_mnist` draws your learning curves, a confusion matrix and the "
            "test digits your network gets wrong."
        ),
        hints={
            "return_value": (
                N_("train_mnist returns two things: the network it trained, and the dict that "
                   "train gave back."),
                N_("The first value must be the TwoLayerNet object itself (the grader reads its "
                   "params), built with hidden_size hidden units, so that W1 has the shape "
                   "(784, hidden_size)."),
                N_("network = TwoLayerNet(784, hidden_size, 10, seed=seed); history = "
                   "train(network, ...); return network, history"),
            ),
            "training_loop": (
                N_("Check that train gets the whole training set and every argument of "
                   "train_mnist: the number of iterations, the batch size, the learning rate "
                   "and the seed."),
                N_("iters = epochs * (len(x_train) // batch_size); pass batch_size=batch_size "
                   "and learning_rate=learning_rate to train, rather than numbers of your own."),
                N_("history = train(network, x_train, t_train, iters=iters, "
                   "batch_size=batch_size, learning_rate=learning_rate, seed=seed, "
                   "x_test=x_test, t_test=t_test, eval_every=len(x_train) // batch_size)"),
            ),
            "history": (
                N_("The history comes from train: one loss per iteration, and one training and "
                   "one test accuracy each time it evaluates the network."),
                N_("Run exactly epochs × (len(x_train) // batch_size) iterations, and let train "
                   "evaluate once per epoch: eval_every = len(x_train) // batch_size, with "
                   "x_test and t_test given."),
                N_("per_epoch = len(x_train) // batch_size; history = train(network, x_train, "
                   "t_train, iters=epochs * per_epoch, ..., x_test=x_test, t_test=t_test, "
                   "eval_every=per_epoch)"),
            ),
            "loss_falls": (
                N_("When the loss does not fall, the network is not learning from the right "
                   "examples."),
                N_("Each image must keep its own label: never shuffle or slice x_train and "
                   "t_train separately. And use pixels scaled to [0, 1], as load_mnist gives "
                   "them by default: raw values up to 255 make the gradients explode."),
                N_("Load with (x_train, t_train), (x_test, t_test) = load_mnist(data_dir) and "
                   "pass x_train and t_train to train untouched: train draws the mini-batches "
                   "itself."),
            ),
            "honest_history": (
                N_("The accuracies in the history must describe the network you return."),
                N_("Return the very network that train trained: do not build a second "
                   "TwoLayerNet after training. Give train the test set: x_test=x_test, "
                   "t_test=t_test."),
                N_("network = TwoLayerNet(784, hidden_size, 10, seed=seed); history = "
                   "train(network, x_train, t_train, ..., x_test=x_test, t_test=t_test); "
                   "return network, history"),
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
        },
    ),
}
