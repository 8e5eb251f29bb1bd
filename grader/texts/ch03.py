"""Chapter 3 texts: from perceptrons to a neural network."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Neural networks")

# The last rung of each ladder: the code of the answer, the same in every language.
_STEP = """def step_function(x):
    return np.array(x > 0, dtype=int)"""
_SIGMOID = """def sigmoid(x):
    return 1 / (1 + np.exp(-x))"""
_RELU = """def relu(x):
    return np.maximum(0, x)"""
_IDENTITY = """def identity_function(x):
    return x"""
_SOFTMAX = """def softmax(a):
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)"""
_INIT_NETWORK = """def init_network():
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
        "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
        "b3": np.array([0.1, 0.2]),
    }"""
_FORWARD = """def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return identity_function(np.dot(z2, network["W3"]) + network["b3"])"""

_NO_MUTATION = (
    N_("Your function changes the array it was given: look for a line that writes into it, "
       "such as x[...] = ..., x -= ..., x *= ... or out=x. Such a line changes the caller's "
       "array too."),
    N_("Expressions such as np.maximum(0, x), a - c or np.exp(a) make a new array and leave the "
       "input alone; assignments into x or a, and augmented operators such as -=, do not."),
)

_KEEP_SHAPE = (
    N_("Your function must accept a single number and arrays of any shape, and give one output "
       "per input: a Python loop over x (or len(x), or .flatten()) breaks that."),
    N_("NumPy's elementwise operations (comparisons, np.exp, np.maximum, +, /) keep the shape "
       "by themselves, and accept a single number too."),
    N_("Work on the whole array at once, with no loop: for example "
       "np.array(x > 0, dtype=int), 1 / (1 + np.exp(-x)) and np.maximum(0, x)."),
    "\n\n\n".join((_STEP, _SIGMOID, _RELU)),
)

TEXTS = {
    "ch03.activations": ExerciseText(
        title=N_("Activation functions"),
        statement=N_(
            "A neuron computes a weighted sum a of its inputs, then passes it through an "
            "activation function h to decide what it sends on: z = h(a). The perceptron used the "
            "step function; neural networks use smooth functions such as the sigmoid, or ReLU.\n"
            "\n"
            "In ch03_neural_network/activations.py, write, for a number or a NumPy array x of any "
            "shape (the result has the same shape, without any Python loop):\n"
            "- step_function(x): 1 where x > 0, else 0, as integers (dtype int, not bool);\n"
            "- sigmoid(x) = 1 / (1 + exp(-x)), between 0 and 1, even for x = -1000 or 1000 (NumPy "
            "may print an overflow warning there; the answer must still be a number, never "
            "NaN);\n"
            "- relu(x) = max(0, x), element by element, in a new array: x itself must not "
            "change;\n"
            "- identity_function(x): returns x unchanged.\n"
            "\n"
            "Known answers: step_function(np.array([-1.0, 1.0, 2.0])) is [0, 1, 1]; "
            "sigmoid(np.array([-1.0, 1.0, 2.0])) is about [0.2689, 0.7311, 0.8808]; sigmoid(0) "
            "is 0.5; relu(np.array([-2.0, 0.0, 3.0])) is [0, 0, 3].\n"
            "Run grade plot ch03.activations to see your curves over the reference ones."
        ),
        hints={
            "step": (
                N_("The step function answers one question for every element: is it greater "
                   "than 0?"),
                N_("x > 0 compares the whole array with 0 at once and gives True/False for each "
                   "element. Exactly 0 is not greater than 0, so it gives 0."),
                _STEP,
            ),
            "step_at_zero": (
                N_("At exactly 0 the step function gives 0: the condition is x > 0, not "
                   "x >= 0."),
                N_("Your function is right everywhere except at x = 0. Look at the comparison "
                   "it makes."),
                _STEP,
            ),
            "step_dtype": (
                N_("Look at the dtype of what your step function returns: it should be an "
                   "integer type, not bool."),
                N_("x > 0 gives booleans (True/False). They look like 1/0 but are a different "
                   "type; convert them with dtype=int or .astype(int)."),
                N_("np.array(x > 0, dtype=int) works for arrays and for a single number alike: "
                   "0.5 > 0 is a plain bool, without .astype."),
                _STEP,
            ),
            "np_int": (
                N_("np.int no longer exists in NumPy: it was removed in version 1.24, although "
                   "old tutorials still use it."),
                N_("Python's own int is the integer type to give NumPy: dtype=int."),
                _STEP,
            ),
            "keep_shape": _KEEP_SHAPE,
            "sigmoid": (
                N_("The sigmoid is 1 / (1 + exp(-x)). Check the sign inside the exponential: "
                   "sigmoid(0) is 0.5, and large positive x gives values close to 1."),
                N_("Use np.exp, which works element by element on whole arrays (math.exp only "
                   "accepts a single number)."),
                _SIGMOID,
            ),
            "sigmoid_sign": (
                N_("Your sigmoid is mirrored: it is high for negative inputs and low for "
                   "positive ones. Check the sign inside the exponential."),
                N_("1 / (1 + np.exp(x)) is the sigmoid of -x. The sigmoid uses np.exp(-x), so "
                   "that large positive x gives values close to 1."),
                _SIGMOID,
            ),
            "sigmoid_overflow": (
                N_("Far from 0, your sigmoid gives NaN: try it on np.array([-1000.0, 1000.0]); "
                   "the answer should be about [0, 1]."),
                N_("np.exp(1000) is inf. 1 / (1 + inf) is 0, which is fine, but inf / inf (for "
                   "example np.exp(x) / (1 + np.exp(x))) is NaN."),
                N_("Use the form 1 / (1 + np.exp(-x)): the overflow warning it prints for "
                   "x = -1000 is harmless, and the result is exactly 0."),
                _SIGMOID,
            ),
            "relu": (
                N_("ReLU keeps positive values as they are and turns negative values into 0."),
                N_("np.maximum(0, x) compares every element with 0 and keeps the larger one."),
                _RELU,
            ),
            "relu_np_max": (
                N_("Your relu returns one number, the largest element: that is what np.max "
                   "does. ReLU compares every element with 0 and keeps an array."),
                N_("np.maximum(0, x) takes the larger of 0 and each element, one by one; "
                   "np.max(x) gives the single largest element of the array."),
                _RELU,
            ),
            "no_mutation": (*_NO_MUTATION, _RELU),
            "identity": (
                N_("The identity function does nothing: what goes in comes out."),
                N_("Return the very argument you were given, without changing it."),
                _IDENTITY,
            ),
            "no_return": (
                N_("Your function returns None: its body never reaches a return statement. "
                   "Every function that gives a result ends with return."),
                N_("Look at the last line of each function: it must be return, followed by "
                   "the result. The identity function's body is that single line."),
                "\n\n\n".join((_STEP, _SIGMOID, _RELU, _IDENTITY)),
            ),
            "interface": (
                N_("The grader calls step_function(x), sigmoid(x), relu(x) and "
                   "identity_function(x) with one argument each, as the statement writes them: "
                   "another name or one more required parameter makes the call fail before your "
                   "code runs."),
                N_("Keep the names of the statement, each function with a single parameter x."),
                """def step_function(x): ...
def sigmoid(x): ...
def relu(x): ...
def identity_function(x): ...""",
            ),
        },
    ),
    "ch03.softmax": ExerciseText(
        title=N_("Softmax"),
        statement=N_(
            "A classifier's output layer gives one score a_k per class. Softmax turns the scores "
            "into probabilities, positive and adding up to 1, while keeping their order:\n"
            "\n"
            "    y_k = exp(a_k) / sum_i exp(a_i)\n"
            "\n"
            "In ch03_neural_network/softmax.py, write softmax(a) for one sample, a of shape (C,), "
            "and for a batch, a of shape (N, C) with one sample per row: each row is normalised "
            "on its own, and the result has the shape of a.\n"
            "\n"
            "Computers overflow: np.exp(1010) is inf, and inf / inf is NaN. Subtracting the "
            "largest score of each row first gives the same answer (the factor exp(-c) cancels "
            "out in the division) without the overflow. Do not change the array you are given.\n"
            "\n"
            "Known answers: softmax(np.array([0.3, 2.9, 4.0])) is about [0.0182, 0.2451, "
            "0.7367]; softmax(np.array([1010.0, 1000.0, 990.0])) is about [0.99995, 4.54e-05, "
            "2.06e-09]."
        ),
        hints={
            "softmax": (
                N_("Softmax has two steps: take the exponential of every score, then divide by "
                   "their sum."),
                N_("np.exp(a) works on the whole array; np.sum(...) adds up the exponentials. "
                   "Dividing an array by a number divides every element."),
                _SOFTMAX,
            ),
            "softmax_exp": (
                N_("Your softmax divides the scores themselves by their sum: the exponential "
                   "is missing. Softmax divides exp(a) by the sum of the exponentials."),
                N_("With negative scores, a / np.sum(a) is not even a probability. np.exp(a) "
                   "makes every score positive first."),
                _SOFTMAX,
            ),
            "sums_to_one": (
                N_("Your rows do not add up to 1: after taking the exponentials, divide them by "
                   "their sum."),
                N_("Divide by the sum of the exponentials, exp(a), and not by the sum of the "
                   "scores a or by a maximum."),
                _SOFTMAX,
            ),
            "rowwise": (
                N_("In a batch of shape (N, C), every row is a separate sample, and every row "
                   "must add up to 1 on its own."),
                N_("np.sum(e) and np.max(a) without an axis look at the whole batch. Give them "
                   "axis=-1 (the last axis, the classes) to get one value per row."),
                N_("Use keepdims=True so that the per-row sum has shape (N, 1) and divides each "
                   "row: e / np.sum(e, axis=-1, keepdims=True). The same code works for (C,)."),
                _SOFTMAX,
            ),
            "keep_shape": (
                N_("softmax should return one probability per score: the output has the shape "
                   "of the input, (C,) or (N, C)."),
                N_("Without keepdims=True, a per-row sum of shape (N,) does not line up with "
                   "the rows of an (N, C) array."),
                _SOFTMAX,
            ),
            "transposed": (
                N_("Your result is the transpose of the expected one: if you transpose the "
                   "batch to work on its columns, transpose the result back."),
                N_("With axis=-1 and keepdims=True there is no need to transpose at all: each "
                   "row is normalised where it stands."),
                _SOFTMAX,
            ),
            "stable": (
                N_("Large scores overflow: np.exp(1010) is inf, and inf / inf is NaN. Try your "
                   "softmax on np.array([1010.0, 1000.0, 990.0])."),
                N_("Subtracting a constant c from every score does not change the result: "
                   "exp(a - c) / sum exp(a - c) is the same fraction. With c the largest score, "
                   "np.exp never overflows."),
                _SOFTMAX,
            ),
            "row_max": (
                N_("One maximum for the whole batch is not enough: a row whose scores are all "
                   "far below it underflows to 0 / 0. Subtract each row's own maximum."),
                N_("np.max(a) without an axis is the largest score of the whole batch; "
                   "np.max(a, axis=-1, keepdims=True) is one maximum per row, shaped (N, 1)."),
                _SOFTMAX,
            ),
            "no_mutation": (*_NO_MUTATION, _SOFTMAX),
            "interface": (
                N_("The grader calls softmax(a) with one argument, as the statement writes it: "
                   "another name or one more required parameter makes the call fail before your "
                   "code runs."),
                N_("Keep the name of the statement, softmax, with a single parameter."),
                "def softmax(a): ...",
            ),
        },
    ),
    "ch03.forward": ExerciseText(
        title=N_("A three-layer network"),
        statement=N_(
            "A layer of neurons computes all its weighted sums at once with a matrix product: "
            "a = x·W + b, where x has one value per input, W one row per input and one column "
            "per neuron, and b one bias per neuron. The network of the book has 2 inputs, two "
            "hidden layers of 3 and 2 neurons using the sigmoid, and 2 outputs using the "
            "identity function.\n"
            "\n"
            "In ch03_neural_network/forward.py, write:\n"
            "- init_network(): a dict of NumPy arrays with the book's values: "
            "W1 = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], b1 = [0.1, 0.2, 0.3], "
            "W2 = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], b2 = [0.1, 0.2], "
            "W3 = [[0.1, 0.3], [0.2, 0.4]], b3 = [0.1, 0.2];\n"
            "- forward(network, x): the three layers in turn, with sigmoid, sigmoid, then "
            "identity_function (import them from .activations). It must work for any network "
            "given as such a dict, for one sample x of shape (D,) and for a batch of shape "
            "(N, D), which gives (N, K).\n"
            "\n"
            "Known answer: forward(init_network(), np.array([1.0, 0.5])) is about "
            "[0.31682708, 0.69627909]."
        ),
        hints={
            "network_values": (
                N_("init_network() returns a dict with six keys, W1, b1, W2, b2, W3 and b3, each "
                   "holding a NumPy array."),
                N_("W1 has shape (2, 3): one row per input and one column per neuron of the "
                   "first layer. Copy the values row by row from the statement, and wrap each "
                   "one in np.array(...)."),
                _INIT_NETWORK,
            ),
            "network_typo": (
                N_("One of your arrays has the right shape but not the right numbers: compare "
                   "it with the statement value by value, a typo is easily made."),
                N_("The message names the array; the statement gives its values row by row."),
                _INIT_NETWORK,
            ),
            "network_shape": (
                N_("One of your weight matrices is transposed: each W has one row per input of "
                   "its layer and one column per neuron, so W1 has shape (2, 3)."),
                N_("Write each row of the statement as one inner list: W1 = [[0.1, 0.3, 0.5], "
                   "[0.2, 0.4, 0.6]] is two rows of three."),
                _INIT_NETWORK,
            ),
            "forward_steps": (
                N_("Each layer does the same two things: a weighted sum plus a bias, then an "
                   "activation function."),
                N_("With x of shape (2,) and W1 of shape (2, 3), np.dot(x, W1) has shape (3,): "
                   "add b1, then apply sigmoid. Feed the result into the next layer the same "
                   "way."),
                _FORWARD,
            ),
            "biases": (
                N_("Your forward leaves out the biases: each layer adds its b to the weighted "
                   "sum before the activation."),
                N_("a1 = np.dot(x, W1) + b1, and the same with b2 and b3 in the next layers."),
                _FORWARD,
            ),
            "hidden_activation": (
                N_("Both hidden layers apply the sigmoid to their weighted sums: not ReLU or the "
                   "step function, and neither of them may skip it."),
                N_("After a1 = np.dot(x, W1) + b1 comes z1 = sigmoid(a1), and after "
                   "a2 = np.dot(z1, W2) + b2 comes z2 = sigmoid(a2). The next layer takes z, "
                   "not a."),
                _FORWARD,
            ),
            "output_identity": (
                N_("This network does regression: its output layer keeps the weighted sums as "
                   "they are."),
                N_("The output activation is identity_function, not sigmoid or softmax: the "
                   "outputs may be any numbers, negative or above 1."),
                _FORWARD,
            ),
            "batch": (
                N_("forward must also accept a batch x of shape (N, D), one sample per row, and "
                   "return (N, K)."),
                N_("Write each layer as np.dot(x, W) + b, with x on the left: it works for (D,) "
                   "and (N, D) alike, and b is added to every row. W.T @ x or loops over one "
                   "sample only work for a single sample."),
                _FORWARD,
            ),
            "interface": (
                N_("The grader calls init_network() without arguments and forward(network, x) "
                   "with the network as a dict, as the statement writes them: another name or "
                   "one more required parameter makes the call fail before your code runs."),
                N_("Keep the names of the statement; forward reads the weights from the dict it "
                   "is given, whatever network that is."),
                """def init_network(): ...
def forward(network, x): ...""",
            ),
        },
    ),
}
